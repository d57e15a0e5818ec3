/** What both the server and the command-line tool do first: read configuration, open and migrate the database. */
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createLogger } from './logger.ts';

export class StartupError extends Error {
  override name = 'StartupError';
}

/** The configuration, or a StartupError naming the variable that is wrong. */
export function readConfiguration(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(`Invalid configuration: ${error.message}`);
    throw error;
  }
}

export async function openConfiguredDatabase(env: NodeJS.ProcessEnv = process.env): Promise<{ config: Config; database: DatabaseHandle }> {
  const config = readConfiguration(env);
  let database: DatabaseHandle | undefined;
  try {
    const log = createLogger(config.logLevel);
    database = openDatabase(config.database, { onConnectionLost: (error) => log.warn({ err: error }, 'lost an idle database connection') });
    await migrateToLatest(database.db);
  } catch (error) {
    await database?.close().catch(() => {});
    const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite file ${config.database.file} (DATABASE_URL)`;
    throw new StartupError(`Cannot open or migrate the database at ${where}: ${(error as Error).message}`);
  }
  return { config, database };
}
