/**
 * Visitors are told apart without storing who they are: a keyed hash of address and browser, keyed
 * with a salt that lives one day (shared by every instance through the database, then deleted), so
 * yesterday's keys cannot be recomputed or linked to today's.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { saltOfDay } from './answers.repository.ts';

export interface VisitorKeys {
  keyOf(address: string, userAgent: string, day: string): Promise<string>;
}

export function createVisitorKeys(db: Kysely<Database>): VisitorKeys {
  const salts = new Map<string, Promise<string>>();
  return {
    async keyOf(address, userAgent, day) {
      let salt = salts.get(day);
      if (!salt) {
        salts.clear();
        salt = saltOfDay(db, day, randomBytes(32).toString('hex'));
        salts.set(day, salt);
        salt.catch(() => salts.delete(day));
      }
      return createHmac('sha256', await salt)
        .update(`${address}\n${userAgent}`)
        .digest('base64url')
        .slice(0, 27);
    },
  };
}
