/**
 * Starts the server: configuration → database → migrations → demo content → one instance, or with
 * DIWAN_WORKERS > 1 a primary that runs that many instances behind the port; stops cleanly on signals.
 */
import cluster from 'node:cluster';
import { leadership, runPrimary } from './cluster/index.ts';
import { createLogger } from './logger.ts';
import { isEmpty, seedDemoInChildProcess } from './seed/index.ts';
import { startServer } from './server.ts';
import { openConfiguredDatabase, StartupError } from './startup.ts';

/** The command-line tool beside this file: `cli.ts` when run from source, `cli.js` once built. */
const CLI = new URL(import.meta.url.endsWith('.ts') ? './cli.ts' : './cli.js', import.meta.url);

async function main(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  const log = createLogger(config.logLevel);
  if (cluster.isPrimary && config.seedDemo && (await isEmpty(database.db))) await seedDemoInChildProcess(CLI.pathname, log);
  if (cluster.isPrimary && config.workers > 1) {
    // The workers open the database themselves; the primary only watches over them.
    await database.close();
    runPrimary(config.workers, log, () =>
      log.info(`Diwan is serving ${config.publicUrl.origin} with ${config.workers} workers (database: ${database.dialect})`),
    );
    return;
  }
  const server = await startServer({ ...config, seedDemo: false }, database, { periodicTasksAfter: leadership() });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // A worker whose primary is gone (killed outright) stops too, rather than hold the port alone.
  if (cluster.isWorker) process.on('disconnect', () => void stop('disconnect'));
  server.app.log.info(`Diwan is serving ${config.publicUrl.origin} (database: ${database.dialect})`);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`diwan: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`diwan: the port is already in use (PORT): ${(error as Error).message}`);
  } else {
    console.error('diwan: failed to start', error);
  }
  process.exit(1);
});
