/**
 * A store for `@fastify/rate-limit` that counts in the database, so every instance behind the load
 * balancer counts the same client together (the plugin's own store counts per process). Fixed windows:
 * a client's requests are counted in the window of `timeWindow` milliseconds they fall in, one
 * `insert … on conflict do update … returning` per request, atomic on both dialects.
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { countHit, deleteWindowsBefore } from './rate-windows.repository.ts';

type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type StoreConstructor = NonNullable<RateLimitOptions['store']>;

export function databaseRateLimitStore(db: Kysely<Database>, now: () => number = Date.now): StoreConstructor {
  return class DatabaseRateLimitStore {
    incr(key: string, callback: StoreCallback, timeWindow: number): void {
      const at = now();
      const start = Math.floor(at / timeWindow) * timeWindow;
      countHit(db, key, new Date(start).toISOString()).then(
        (current) => callback(null, { current, ttl: start + timeWindow - at }),
        (error: Error) => callback(error),
      );
    }

    child(): DatabaseRateLimitStore {
      return this;
    }
  };
}

/** Windows that ended an hour ago can refuse nobody. */
export async function forgetRateWindows(db: Kysely<Database>, at: Date = new Date()): Promise<void> {
  await deleteWindowsBefore(db, new Date(at.getTime() - 3_600_000).toISOString());
}
