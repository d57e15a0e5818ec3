/**
 * One running Diwan instance: the change bus that links it to its peers, its features, the demo
 * content on first start, the web app, the publication scheduler and feedback upkeep — and stopping
 * all of that in order: finish in-flight requests and survey writes, stop the timers, then close the
 * database.
 */

import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type ChangeBus, createLocalChangeBus, createPostgresChangeBus } from './changes/index.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { createFeatures, type Features } from './features.ts';
import { createLogger, type Logger } from './logger.ts';
import { startPeriodicTask } from './operations/index.ts';
import { indexMissing, rebuildIndex } from './search/index.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { type PublicationScheduler, startPublicationScheduler } from './stories/index.ts';

/** Rollups of finished days, comment retention and expired rate windows: a few times an hour is plenty. */
const FEEDBACK_UPKEEP_MS = 10 * 60_000;

export interface RunningServer {
  app: FastifyInstance;
  features: Features;
  scheduler: PublicationScheduler;
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

function changeBusFor(config: Config, log: Logger): Promise<ChangeBus> | ChangeBus {
  return config.database.kind === 'postgres' ? createPostgresChangeBus(config.database.url, log) : createLocalChangeBus(log);
}

/** A database from before search has stories but no index: it is built in the background while the site serves. */
function buildMissingIndex(database: DatabaseHandle, features: Features, log: Logger): { stop(): Promise<void> } {
  const abort = new AbortController();
  const work = (async () => {
    if (!(await indexMissing(database.db))) return;
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

export async function startServer(config: Config, database: DatabaseHandle): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const changes = await changeBusFor(config, log);
  const features = createFeatures(database.db, config, changes, log);
  if (config.seedDemo) await seedDemoContentIfEmpty(database.db, config, changes);
  const app = await buildApp({ config, features, database, log });
  if (config.admin) {
    const created = await ensureFirstAdministrator(features, config.admin);
    if (created) log.info({ email: created.email }, 'created the first administrator from DIWAN_ADMIN_EMAIL');
  }
  const scheduler = startPublicationScheduler(features.stories, { intervalMs: config.schedulerIntervalMs, log });
  const indexing = buildMissingIndex(database, features, log);
  const feedbackUpkeep = startPeriodicTask('feedback upkeep', () => features.feedback.upkeep(), { intervalMs: FEEDBACK_UPKEEP_MS, log });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await scheduler.stop();
    await feedbackUpkeep.stop();
    await indexing.stop();
    await changes.close();
    throw error;
  }
  return {
    app,
    features,
    scheduler,
    async stop() {
      await app.close();
      await features.feedback.drain();
      await scheduler.stop();
      await feedbackUpkeep.stop();
      await indexing.stop();
      await changes.close();
      await database.close();
    },
  };
}
