/** Starts the server: configuration → database → migrations → demo content → app → listen; stops cleanly on signals. */
import { buildApp } from './app.ts';
import { createFeatures } from './features.ts';
import { seedDemoContentIfEmpty } from './seed/index.ts';
import { openConfiguredDatabase, StartupError } from './startup.ts';

async function main(): Promise<void> {
  const { config, database } = await openConfiguredDatabase();
  const features = createFeatures(database.db, config);
  if (config.seedDemo) await seedDemoContentIfEmpty(database.db, config);
  const app = await buildApp({ config, features });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Diwan is serving ${config.publicUrl.origin} (database: ${database.dialect})`);
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
