/**
 * A store for `@fastify/rate-limit` that counts in the database, so every instance behind the load
 * balancer counts the same client together (the plugin's own store counts per process). Fixed windows
 * of `timeWindow` milliseconds. A request is never held up by a write: each instance counts in memory
 * and adds its counts to the database every FLUSH_MS in one transaction (one atomic
 * `insert … on conflict do update … returning` per client), learning there what the others counted.
 * A client spread over several instances may so get FLUSH_MS of requests past the limit on each.
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { addHits, deleteWindowsBefore } from './rate-windows.repository.ts';

/** Often enough that instances agree within a blink; seldom enough that SQLite syncs a few times a second, not per request. */
const FLUSH_MS = 250;

type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type StoreConstructor = NonNullable<RateLimitOptions['store']>;

interface Window {
  clientKey: string;
  start: number;
  end: number;
  /** The window's count in the database when last read. */
  stored: number;
  /** Counted here since. */
  pending: number;
}

export interface DatabaseRateLimitStore {
  store: StoreConstructor;
  /** Adds what is counted here to the database (also every FLUSH_MS, and at close). */
  flush(): Promise<void>;
}

export function databaseRateLimitStore(db: Kysely<Database>, now: () => number = Date.now): DatabaseRateLimitStore {
  const windows = new Map<string, Window>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    const at = now();
    const due = [...windows.values()].filter((window) => window.pending > 0);
    for (const [key, window] of windows) if (window.end <= at && window.pending === 0) windows.delete(key);
    if (due.length === 0) return;
    const sent = due.map((window) => window.pending);
    const totals = await inTransaction(db, async (trx) => {
      const counted: number[] = [];
      for (const [i, window] of due.entries()) counted.push(await addHits(trx, window.clientKey, new Date(window.start).toISOString(), sent[i]!));
      return counted;
    });
    for (const [i, window] of due.entries()) {
      window.stored = totals[i]!;
      window.pending -= sent[i]!;
    }
  }

  function flush(): Promise<void> {
    flushing = flushing.then(write, write);
    return flushing;
  }

  function scheduleFlush(): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      flush().catch(() => {
        // The counts stay pending and go with the next flush.
      });
    }, FLUSH_MS);
    timer.unref();
  }

  const store = class DatabaseRateLimitStore {
    incr(clientKey: string, callback: StoreCallback, timeWindow: number): void {
      const at = now();
      const start = Math.floor(at / timeWindow) * timeWindow;
      const key = `${clientKey} ${start}`;
      let window = windows.get(key);
      if (!window) {
        window = { clientKey, start, end: start + timeWindow, stored: 0, pending: 0 };
        windows.set(key, window);
      }
      window.pending += 1;
      scheduleFlush();
      callback(null, { current: window.stored + window.pending, ttl: window.end - at });
    }

    child(): DatabaseRateLimitStore {
      return this;
    }
  };
  return { store, flush };
}

/** Windows that ended an hour ago can refuse nobody. */
export async function forgetRateWindows(db: Kysely<Database>, at: Date = new Date()): Promise<void> {
  await deleteWindowsBefore(db, new Date(at.getTime() - 3_600_000).toISOString());
}
