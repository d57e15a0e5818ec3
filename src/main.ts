/** Starts the server: configuration → database → migrations → instance; stops cleanly on signals. */
import { startServer } from './server.ts';
import { openConfiguredDatabase, StartupError } from './startup.ts';

async function main(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  const server = await startServer(config, database);

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
