/** Starts the server: configuration → database → migrations → demo content → instance; stops cleanly on signals. */
import { createLogger } from './logger.ts';
import { isEmpty, seedDemoInChildProcess } from './seed/index.ts';
import { startServer } from './server.ts';
import { openConfiguredDatabase, StartupError } from './startup.ts';

/** The command-line tool beside this file: `cli.ts` when run from source, `cli.js` once built. */
const CLI = new URL(import.meta.url.endsWith('.ts') ? './cli.ts' : './cli.js', import.meta.url);

async function main(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  if (config.seedDemo && (await isEmpty(database.db))) await seedDemoInChildProcess(CLI.pathname, createLogger(config.logLevel));
  const server = await startServer({ ...config, seedDemo: false }, database);

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
