/**
 * When a failed delivery is tried again: after 5 seconds, 5 minutes, 30 minutes, 2, 5 and 10 hours, then
 * a day — eight attempts over about 41 hours — each delay spread by ±20% so that a receiver coming back
 * from an outage is not hit by every retry in the same second.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS: readonly number[] = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 24 * HOUR];

/** Attempts in all: the first, and one after each delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export const JITTER = 0.2;

/** When to try again after `attempts` failed attempts, or null when that was the last. `random` is in [0, 1). */
export function nextAttemptAfter(attempts: number, at: Date, random: () => number): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (delay === undefined) return null;
  return new Date(at.getTime() + Math.round(delay * (1 + JITTER * (2 * random() - 1))));
}
