/**
 * The primary process of DIWAN_WORKERS > 1: it forks the serving workers, which share one port
 * (node:cluster hands the connections round), names one of them to run the periodic tasks (the
 * scheduler and upkeep run once, not once per worker), replaces a worker that dies, and on SIGTERM
 * or SIGINT lets every worker finish its requests before it exits itself.
 */
import cluster, { type Worker } from 'node:cluster';
import { LEAD } from './leadership.ts';

/** A worker that will not finish its requests in this long is stopped anyway. */
const DRAIN_LIMIT_MS = 30_000;

export interface PrimaryLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Forks `count` workers; `onReady` runs once the first `count` all listen. */
export function runPrimary(count: number, log: PrimaryLog, onReady: () => void): void {
  // The workers take connections from the shared socket themselves. Handed round by the primary
  // instead, a connection handed to a worker at the moment it dies is never answered nor closed.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let stopping = false;
  let listening = 0;
  let leader: Worker | null = null;
  /** Workers that got as far as listening; one that dies before is failing to start, and forking it again would loop. */
  const started = new Set<number>();

  function fork(): void {
    const worker = cluster.fork();
    worker.on('listening', () => {
      started.add(worker.id);
      if (!leader) lead(worker);
      listening += 1;
      if (listening === count) onReady();
    });
  }

  function lead(worker: Worker): void {
    leader = worker;
    worker.send(LEAD);
    log.info({ worker: worker.process.pid }, 'this worker runs the scheduler and upkeep');
  }

  cluster.on('exit', (worker, code, signal) => {
    const hadStarted = started.delete(worker.id);
    if (leader === worker) {
      leader = null;
      const next = Object.values(cluster.workers ?? {}).find((other) => other?.isConnected());
      if (next && !stopping) lead(next);
    }
    if (stopping) return;
    if (!hadStarted) {
      log.error({ pid: worker.process.pid, code, signal }, 'a worker failed to start; stopping');
      stop(1);
      return;
    }
    log.warn({ pid: worker.process.pid, code, signal }, 'a worker died; starting another');
    fork();
  });

  function stop(exitCode: number): void {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    log.info({ workers: workers.length }, 'shutting down');
    const force = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, DRAIN_LIMIT_MS);
    force.unref();
    let left = workers.length;
    if (left === 0) process.exit(exitCode);
    for (const worker of workers) {
      worker.on('exit', () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
      worker.process.kill('SIGTERM');
    }
  }

  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  for (let i = 0; i < count; i++) fork();
}
