/**
 * Slows down password guessing, per account and per client address, in the database so every
 * instance counts together. A key that failed too often within the window is locked for a while;
 * unknown accounts are counted like known ones, so locking reveals nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
export const LIMITS = { account: 5, client: 20 } as const;

export type ThrottleKind = keyof typeof LIMITS;

export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value}`;

/** When the first locked key opens again, or null when none is locked. */
export async function lockedUntil(db: Kysely<Database>, keys: string[], now: Date): Promise<Date | null> {
  const rows = await db.selectFrom('signInFailures').select('lockedUntil').where('key', 'in', keys).where('lockedUntil', '>', now.toISOString()).execute();
  const times = rows.map((row) => new Date(row.lockedUntil!).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

export async function recordFailure(db: Kysely<Database>, key: string, kind: ThrottleKind, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('signInFailures').selectAll().where('key', '=', key).executeTakeFirst();
    const windowOpen = row && now.getTime() - new Date(row.windowStartedAt).getTime() < WINDOW_MS;
    const failures = windowOpen ? row.failures + 1 : 1;
    const values = {
      failures,
      windowStartedAt: windowOpen ? row.windowStartedAt : now.toISOString(),
      lockedUntil: failures >= LIMITS[kind] ? new Date(now.getTime() + LOCK_MS).toISOString() : null,
    };
    await trx
      .insertInto('signInFailures')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  });
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('key', '=', key).execute();
}
