/**
 * Work a server repeats on a timer (publishing what fell due, feedback and accounts upkeep). State lives in the
 * database, so a restart loses nothing and the first run after start catches up; a run never
 * overlaps the previous one, and a failure is logged and retried at the next tick.
 */
import type { FastifyBaseLogger } from 'fastify';

export interface PeriodicTask<T> {
  /** Runs once now (or joins the run in progress). */
  tick(): Promise<T | null>;
  stop(): Promise<void>;
}

export function startPeriodicTask<T>(
  name: string,
  run: () => Promise<T>,
  options: {
    intervalMs: number;
    log: FastifyBaseLogger;
    onDone?: (result: T) => void;
    /** The timer starts once this resolves (the worker named to run periodic tasks); at once without it. */
    startAfter?: Promise<void>;
  },
): PeriodicTask<T> {
  let running: Promise<T | null> | null = null;
  let stopped = false;

  function tick(): Promise<T | null> {
    running ??= run()
      .then((result) => {
        options.onDone?.(result);
        return result;
      })
      .catch((error: unknown) => {
        options.log.error({ err: error }, `${name} failed; will retry`);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  let timer: NodeJS.Timeout | undefined;
  void (options.startAfter ?? Promise.resolve()).then(() => {
    if (stopped) return;
    timer = setInterval(() => void (stopped || tick()), options.intervalMs);
    timer.unref();
    void tick();
  });

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
