/** A real Diwan (real database, real migrations, optionally the demo newsroom) for route tests via inject(). */
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { createLocalChangeBus } from '../changes/index.ts';
import { type Config, loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createFeatures, type Features } from '../features.ts';
import { createLogger } from '../logger.ts';
import { seedDemoContentIfEmpty } from '../seed/index.ts';
import { createScratchDatabase, type DialectName } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: DatabaseHandle;
  features: Features;
  close(): Promise<void>;
}

export async function startTestApp(dialect: DialectName, options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const scratch = await createScratchDatabase(dialect);
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'https://news.example.org', METRICS_TOKEN: 'test-metrics-token-0123456789' }),
    database: scratch.target,
    // Variants are named by content hash, so one folder serves every test and keeps the demo's renders.
    mediaDir: path.join(os.tmpdir(), 'diwan-test-media'),
    ...options.config,
  };
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const changes = createLocalChangeBus(console);
  if (options.seed) await seedDemoContentIfEmpty(database.db, config, changes);
  const features = createFeatures(database.db, config, changes, createLogger(config.logLevel));
  const app = await buildApp({ config, features, database });
  return {
    app,
    config,
    database,
    features,
    async close() {
      await app.close();
      await database.close();
      await scratch.drop();
    },
  };
}
