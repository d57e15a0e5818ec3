/**
 * Slows down password guessing, in the database so every instance counts together. An attempt is
 * counted before its password is checked and refused unchecked while one of its counters waits;
 * unknown accounts are counted like known ones, so waiting reveals nothing. The rules are in
 * sign-in-policy.ts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { countAttempt, deleteCounters, deleteCountersIdleSince, uncountAttempt } from './sign-in-failures.repository.ts';
import { CLEARED_BY_SUCCESS, type Counter, countersFor, FORGET_AFTER_MS, lockSteps, secondsUntil } from './sign-in-policy.ts';

export class TooManyAttempts extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('sign_in.throttled', 'Too many failed sign-in attempts; try again later');
  }
}

/** An attempt let through, to be settled once its password was checked. */
export interface AdmittedAttempt {
  counters: (Counter & { lockSet: string | null })[];
}

const forgetBefore = (now: Date) => new Date(now.getTime() - FORGET_AFTER_MS).toISOString();

/** Counts the attempt; throws TooManyAttempts (and counts nothing) when one of its counters waits. */
export async function admitAttempt(
  db: Kysely<Database>,
  attempt: { email: string; client: string; deviceId: string | null },
  clock: () => Date,
): Promise<AdmittedAttempt> {
  const counters = countersFor(attempt);
  const now = clock();
  const result = await countAttempt(
    db,
    counters.map((counter) => ({ key: counter.key, locks: lockSteps(counter.kind, now) })),
    { now: now.toISOString(), forgetBefore: forgetBefore(now) },
  );
  // The wait is measured from the refusal: a parallel attempt that set it may have started later than this one.
  if (!result.admitted) throw new TooManyAttempts(secondsUntil(result.lockedUntil, clock()));
  return { counters: counters.map((counter, i) => ({ ...counter, lockSet: result.locksSet[i] ?? null })) };
}

/** The password was right: this person's own counters start again, the shared ones take the attempt back. */
export async function settleSuccess(db: Kysely<Database>, attempt: AdmittedAttempt): Promise<void> {
  await deleteCounters(
    db,
    attempt.counters.filter((counter) => CLEARED_BY_SUCCESS[counter.kind]).map((counter) => counter.key),
  );
  for (const counter of attempt.counters.filter((c) => !CLEARED_BY_SUCCESS[c.kind])) await uncountAttempt(db, counter.key, counter.lockSet);
}

/** Deletes counters nobody used for longer than they are remembered. */
export const forgetIdleCounters = (db: Kysely<Database>, now: Date) => deleteCountersIdleSince(db, forgetBefore(now));
