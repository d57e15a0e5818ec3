/**
 * Publishes scheduled translations when their time comes. State lives in the database (status and
 * date), so a restart loses nothing: the first tick after start publishes whatever fell due while
 * the server was down. Safe to run in every instance: each translation is claimed by one UPDATE.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { StoriesService } from './stories.service.ts';

export interface PublicationScheduler {
  /** Runs one pass now (also what each tick does). */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

export function startPublicationScheduler(stories: Pick<StoriesService, 'publishDue'>, options: { intervalMs: number; log: FastifyBaseLogger }): PublicationScheduler {
  let running: Promise<number> | null = null;
  let stopped = false;

  function tick(): Promise<number> {
    running ??= stories
      .publishDue()
      .then((count) => {
        if (count > 0) options.log.info({ count }, 'published scheduled translations');
        return count;
      })
      .catch((error: unknown) => {
        options.log.error({ err: error }, 'scheduled publishing failed; will retry');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const timer = setInterval(() => void (stopped || tick()), options.intervalMs);
  timer.unref();
  void tick();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
