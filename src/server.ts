/**
 * One running Diwan instance: the change bus that links it to its peers, its features, the demo
 * content on first start, the web app, the publication scheduler and the upkeep tasks — and stopping
 * all of that in order: finish in-flight requests and survey writes, stop the timers, then close the
 * database.
 */

import type { FastifyInstance } from 'fastify';
import { forgetRateWindows } from './api/index.ts';
import { buildApp } from './app.ts';
import { changeBusFor } from './changes/index.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { createFeatures, type Features } from './features.ts';
import { createLogger, type Logger } from './logger.ts';
import { startPeriodicTask } from './operations/index.ts';
import { indexMissing, rebuildIndex } from './search/index.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { type PublicationScheduler, startPublicationScheduler } from './stories/index.ts';
import { createDeliveryWorker, type DeliveryWorker } from './webhooks/index.ts';

/** Rollups of finished days, comment retention and expired rate windows: a few times an hour is plenty. */
const FEEDBACK_UPKEEP_MS = 10 * 60_000;
/** Ended sessions, forgotten sign-in counters and expired devices refuse nobody; hourly keeps their tables small. */
const ACCOUNTS_UPKEEP_MS = 60 * 60_000;
/** How often each instance looks for webhook deliveries that are due: a second's delay after a change is fine. */
const WEBHOOK_POLL_MS = 1000;

export interface RunningServer {
  app: FastifyInstance;
  features: Features;
  scheduler: PublicationScheduler;
  /** This instance's webhook delivery worker (ticked every second; tests may tick it themselves). */
  webhooks: DeliveryWorker;
  stop(): Promise<void>;
}

/** Several instances may start at once on an empty database: whoever loses the race finds the user made. */
async function ensureFirstAdministrator(features: Features, admin: NonNullable<Config['admin']>) {
  try {
    return await features.accounts.ensureFirstAdministrator(admin, features.settings.current().defaultLanguage);
  } catch (error) {
    if ((await features.accounts.countUsers()) > 0) return null;
    throw error;
  }
}

export interface ServerOptions {
  /** The scheduler and upkeep start once this resolves: in one worker of several (see src/cluster), at once otherwise. */
  periodicTasksAfter?: Promise<void>;
}

/** A database from before search has stories but no index: it is built in the background while the site serves. */
function buildMissingIndex(database: DatabaseHandle, features: Features, log: Logger, startAfter?: Promise<void>): { stop(): Promise<void> } {
  const abort = new AbortController();
  const work = (async () => {
    // One worker of several builds it: the one that runs the periodic tasks.
    await startAfter;
    if (abort.signal.aborted || !(await indexMissing(database.db))) return;
    log.info('building the search index');
    const { stories } = await rebuildIndex(database.db, features.searchIndex, () => {}, abort.signal);
    log.info({ stories }, 'search index built');
  })().catch((error: unknown) => log.error({ err: error }, 'could not build the search index; run `diwan reindex`'));
  return {
    async stop() {
      abort.abort();
      await work;
    },
  };
}

export async function startServer(config: Config, database: DatabaseHandle, options: ServerOptions = {}): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const changes = await changeBusFor(config.database, database.db, log);
  const features = createFeatures(database.db, config, changes, log);
  if (config.seedDemo) await seedDemoContentIfEmpty(database.db, config, changes);
  const app = await buildApp({ config, features, database, log });
  if (config.admin) {
    const created = await ensureFirstAdministrator(features, config.admin);
    if (created) log.info({ email: created.email }, 'created the first administrator from DIWAN_ADMIN_EMAIL');
  }
  const startAfter = options.periodicTasksAfter;
  const scheduler = startPublicationScheduler(features.stories, { intervalMs: config.schedulerIntervalMs, log, startAfter });
  const webhooks = createDeliveryWorker({
    db: database.db,
    allowPrivate: config.webhooksAllowPrivate,
    log,
    onEndpointStopped: (endpointId, state, reason) => features.webhooks.recordStopped(endpointId, state, reason),
  });
  const upkeeps = [
    // Every instance (and worker) delivers: each delivery is claimed by one.
    startPeriodicTask('webhook deliveries', () => webhooks.tick(), { intervalMs: WEBHOOK_POLL_MS, log }),
    startPeriodicTask('api upkeep', () => forgetRateWindows(database.db), { intervalMs: ACCOUNTS_UPKEEP_MS, log, startAfter }),
    startPeriodicTask('feedback upkeep', () => features.feedback.upkeep(), { intervalMs: FEEDBACK_UPKEEP_MS, log, startAfter }),
    startPeriodicTask('accounts upkeep', () => features.accounts.upkeep(), { intervalMs: ACCOUNTS_UPKEEP_MS, log, startAfter }),
    startPeriodicTask('translation reports upkeep', () => features.reports.upkeep(), { intervalMs: FEEDBACK_UPKEEP_MS, log, startAfter }),
  ];
  const indexing = buildMissingIndex(database, features, log, startAfter);
  const stopTimers = async () => {
    await indexing.stop();
    await scheduler.stop();
    await Promise.all(upkeeps.map((upkeep) => upkeep.stop()));
  };
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await stopTimers();
    await changes.close();
    throw error;
  }
  return {
    app,
    features,
    scheduler,
    webhooks,
    async stop() {
      await app.close();
      await features.feedback.drain();
      await stopTimers();
      await changes.close();
      await database.close();
    },
  };
}
