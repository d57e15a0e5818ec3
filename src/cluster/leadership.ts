/** How a worker learns that it is the one to run the periodic tasks (see primary.ts). */
import cluster from 'node:cluster';

export const LEAD = 'diwan:lead';

/** Resolves once the primary names this worker; at once in a process that is no worker. */
export function leadership(): Promise<void> {
  if (!cluster.isWorker) return Promise.resolve();
  return new Promise((resolve) => {
    const listen = (message: unknown) => {
      if (message !== LEAD) return;
      process.off('message', listen);
      resolve();
    };
    process.on('message', listen);
  });
}
