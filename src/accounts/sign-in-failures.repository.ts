/**
 * The only code that reads and writes the sign-in throttle's counters. Counting is one upsert per
 * counter that refuses while the counter waits, so parallel attempts are counted one after the other
 * and none slips past a limit; the rules (what waits how long) come from sign-in-policy.ts.
 */
import { type Expression, type Kysely, type RawBuilder, sql } from 'kysely';
import { timestampType } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { LockStep } from './sign-in-policy.ts';

export interface CountedAttempt {
  key: string;
  /** The steps of waits this counter's new count may reach. */
  locks: LockStep[];
}

/** Each counter's wait set by this attempt (null for none), or the wait that refused it. */
export type CountResult = { admitted: true; locksSet: (string | null)[] } | { admitted: false; lockedUntil: string };

class Refused extends Error {
  constructor(readonly lockedUntil: string) {
    super('sign-in counter waiting');
  }
}

/** A timestamp parameter typed as the column (PostgreSQL reads a bare parameter in `case` as text). */
const timestamp = (db: Kysely<Database>, value: string | null) => sql<string>`cast(${value} as ${sql.raw(timestampType(db))})`;

/** `case` picking the wait the count reaches, longest first; null below the first step. */
function lockFor(db: Kysely<Database>, count: Expression<number>, steps: LockStep[]): RawBuilder<string | null> {
  const whens = steps.toReversed().map((step) => sql`when ${count} >= ${step.fromAttempt} then ${timestamp(db, step.until)}`);
  return whens.length === 0 ? sql`null` : sql`case ${sql.join(whens, sql` `)} else null end`;
}

/**
 * Counts one attempt on every counter, before its password is checked. A counter that is waiting
 * refuses the attempt, which is then counted nowhere (the transaction rolls back); a counter idle
 * since `forgetBefore` starts again from one.
 */
export async function countAttempt(db: Kysely<Database>, counters: CountedAttempt[], at: { now: string; forgetBefore: string }): Promise<CountResult> {
  try {
    const locksSet = await inTransaction(db, async (trx) => {
      const locks: (string | null)[] = [];
      for (const { key, locks: steps } of counters) {
        const count = sql<number>`case when ${sql.ref('signInFailures.lastAttemptAt')} < ${at.forgetBefore} then 1 else ${sql.ref('signInFailures.failures')} + 1 end`;
        const row = await trx
          .insertInto('signInFailures')
          .values({ key, failures: 1, lastAttemptAt: at.now, lockedUntil: lockFor(db, sql.lit(1), steps) })
          .onConflict((oc) =>
            oc
              .column('key')
              .doUpdateSet({ failures: count, lastAttemptAt: at.now, lockedUntil: lockFor(db, count, steps) })
              .where((eb) => eb.or([eb('signInFailures.lockedUntil', 'is', null), eb('signInFailures.lockedUntil', '<=', at.now)])),
          )
          .returning('lockedUntil')
          .executeTakeFirst();
        if (!row) throw new Refused(await latestLock(trx, counters, at.now));
        locks.push(row.lockedUntil);
      }
      return locks;
    });
    return { admitted: true, locksSet };
  } catch (error) {
    if (error instanceof Refused) return { admitted: false, lockedUntil: error.lockedUntil };
    throw error;
  }
}

async function latestLock(db: Kysely<Database>, counters: CountedAttempt[], now: string): Promise<string> {
  const row = await db
    .selectFrom('signInFailures')
    .select((eb) => eb.fn.max('lockedUntil').as('until'))
    .where(
      'key',
      'in',
      counters.map((counter) => counter.key),
    )
    .where('lockedUntil', '>', now)
    .executeTakeFirstOrThrow();
  return row.until!;
}

/** Takes one counted attempt back (it succeeded), with the wait it set, if that is still the counter's. */
export async function uncountAttempt(db: Kysely<Database>, key: string, lockSet: string | null): Promise<void> {
  const lockedUntil = sql.ref('lockedUntil');
  await db
    .updateTable('signInFailures')
    .set((eb) => ({
      failures: eb('failures', '-', 1),
      lockedUntil: sql<string | null>`case when ${lockedUntil} = ${timestamp(db, lockSet)} then null else ${lockedUntil} end`,
    }))
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

export async function deleteCounters(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('signInFailures').where('key', 'in', keys).execute();
}

/** Drops counters with no attempt since `before`: the next attempt would start them afresh anyway. */
export async function deleteCountersIdleSince(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('lastAttemptAt', '<', before).execute();
}
