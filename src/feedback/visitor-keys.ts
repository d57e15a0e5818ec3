/**
 * Visitors are told apart without storing who they are: keyed hashes, under a salt that lives one day
 * (shared by every instance through the database, then deleted), so yesterday's keys cannot be
 * recomputed or linked to today's. An answer is counted under two: its visitor (address and browser)
 * and its address alone, since a browser's name is whatever the sender says it is.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { clientNetwork } from '../http/client-network.ts';
import { saltOfDay } from './answers.repository.ts';

export interface AnswerKeys {
  visitor: string;
  address: string;
}

export interface VisitorKeys {
  keysOf(address: string, userAgent: string, day: string): Promise<AnswerKeys>;
}

export function createVisitorKeys(db: Kysely<Database>): VisitorKeys {
  const salts = new Map<string, Promise<string>>();
  const hash = (salt: string, text: string) => createHmac('sha256', salt).update(text).digest('base64url').slice(0, 27);
  return {
    async keysOf(address, userAgent, day) {
      let salt = salts.get(day);
      if (!salt) {
        salts.clear();
        salt = saltOfDay(db, day, randomBytes(32).toString('hex'));
        salts.set(day, salt);
        salt.catch(() => salts.delete(day));
      }
      const key = await salt;
      // An address holds no newline, so the two never hash the same text.
      return { visitor: hash(key, `${address}\n${userAgent}`), address: hash(key, clientNetwork(address)) };
    },
  };
}
