/**
 * The sign-in throttle's rules, apart from where its counts are kept: which counters an attempt is
 * counted on, how many attempts each lets through, and how long it then makes the next one wait.
 *
 * After OWASP's "Slow Down Online Guessing Attacks with Device Cookies": a browser that signed in to
 * the account before (a trusted device) is counted on its own, so no stranger's guesses can keep the
 * owner out; every other attempt is counted per account and address, per address, and on one counter
 * for all untrusted browsers of the account. Past its free attempts a counter waits, and each further
 * attempt doubles the wait (OWASP's Authentication Cheat Sheet: a growing delay rather than a lock).
 * An address is counted as its network: an IPv6 /64 is one address (see http/client-network.ts).
 */

import { clientNetwork } from '../http/client-network.ts';

export type CounterKind = 'pair' | 'device' | 'account' | 'client';

/** Attempts a counter lets through before it makes the next one wait. */
export const FREE_ATTEMPTS: Record<CounterKind, number> = {
  // Someone who forgot which password they used rarely needs more than five tries in a row.
  pair: 5,
  // A browser that already signed in to this account; OWASP's proposal suggests ten per device.
  device: 10,
  // All untrusted browsers of the account together, so guesses spread over many addresses are slowed
  // too; twenty leaves room for the owner trying a new browser or two in the middle of such an attack.
  account: 20,
  // One address across accounts: an office or a VPN puts many staff behind one; their successes do not count.
  client: 50,
};

/** The first wait; each attempt after it doubles the wait… */
export const FIRST_DELAY_MS = 60_000;
/** …up to an hour: someone who remembers their password waits no longer, a guesser gets about 24 tries a day. */
export const MAX_DELAY_MS = 60 * 60_000;
/** A counter with no attempt for a day starts again from nothing (and upkeep deletes it). Longer than MAX_DELAY_MS. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

/**
 * After a success, the counters that were only this person's (this account from this address or
 * this device) start again; the shared ones only take this attempt back, so an attacker's count on
 * them is not forgiven because the owner signed in.
 */
export const CLEARED_BY_SUCCESS: Record<CounterKind, boolean> = { pair: true, device: true, account: false, client: false };

export interface Counter {
  kind: CounterKind;
  key: string;
}

/** The counters one attempt is counted on, most particular first (the order locks are taken in). */
export function countersFor(attempt: { email: string; client: string; deviceId: string | null }): Counter[] {
  if (attempt.deviceId) return [{ kind: 'device', key: `device:${attempt.deviceId}` }];
  const network = clientNetwork(attempt.client);
  return [
    // An address holds no space; an email typed may, so it goes last.
    { kind: 'pair', key: `pair:${network} ${attempt.email}` },
    { kind: 'account', key: `account:${attempt.email}` },
    { kind: 'client', key: `client:${network}` },
  ];
}

/** How long a counter waits after its `attempts`-th attempt (0 while attempts are free). */
export function delayAfter(kind: CounterKind, attempts: number): number {
  const past = attempts - FREE_ATTEMPTS[kind];
  return past < 0 ? 0 : Math.min(FIRST_DELAY_MS * 2 ** past, MAX_DELAY_MS);
}

/** From the `fromAttempt`-th attempt on (until the next step), the counter waits until `until`. */
export interface LockStep {
  fromAttempt: number;
  until: string;
}

/** Every distinct wait of a counter counted at `now`, from the first to the longest. */
export function lockSteps(kind: CounterKind, now: Date): LockStep[] {
  const steps: LockStep[] = [];
  for (let attempts = FREE_ATTEMPTS[kind]; ; attempts++) {
    const delay = delayAfter(kind, attempts);
    steps.push({ fromAttempt: attempts, until: new Date(now.getTime() + delay).toISOString() });
    if (delay >= MAX_DELAY_MS) return steps;
  }
}

/** Whole seconds until `until`, at least one (for Retry-After). */
export const secondsUntil = (until: string, now: Date) => Math.max(1, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000));
