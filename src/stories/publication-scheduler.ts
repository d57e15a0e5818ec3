/**
 * Publishes scheduled translations when their time comes. State lives in the database (status and
 * date), so a restart loses nothing: the first tick after start publishes whatever fell due while
 * the server was down. Safe to run in every instance: each translation is claimed by one UPDATE.
 */
import type { FastifyBaseLogger } from 'fastify';
import { type PeriodicTask, startPeriodicTask } from '../operations/index.ts';
import type { StoriesService } from './stories.service.ts';

export type PublicationScheduler = PeriodicTask<number>;

export function startPublicationScheduler(
  stories: Pick<StoriesService, 'publishDue'>,
  options: { intervalMs: number; log: FastifyBaseLogger; startAfter?: Promise<void> },
): PublicationScheduler {
  return startPeriodicTask('scheduled publishing', () => stories.publishDue(), {
    ...options,
    onDone: (count) => {
      if (count > 0) options.log.info({ count }, 'published scheduled translations');
    },
  });
}
