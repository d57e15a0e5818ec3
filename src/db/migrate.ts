/** Brings the schema to the latest migration. Migrations are append-only; applied ones are skipped. */
import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import * as initial from './migrations/0001-initial.ts';
import * as scheduledIndex from './migrations/0002-scheduled-index.ts';
import * as accounts from './migrations/0003-accounts.ts';
import * as editorial from './migrations/0004-editorial.ts';
import * as feedback from './migrations/0005-feedback.ts';
import * as machineTranslation from './migrations/0006-machine-translation.ts';
import * as feedbackRollups from './migrations/0007-feedback-rollups.ts';
import * as storyVersionsIndex from './migrations/0008-story-versions-index.ts';
import * as signInThrottle from './migrations/0009-sign-in-throttle.ts';
import * as search from './migrations/0010-search.ts';
import * as wordpressImport from './migrations/0011-wordpress-import.ts';
import * as apiAndWebhooks from './migrations/0012-api-and-webhooks.ts';
import * as translationQuality from './migrations/0013-translation-quality.ts';
import * as changeLog from './migrations/0015-change-log.ts';
import type { Database } from './schema.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-scheduled-index': scheduledIndex,
  '0003-accounts': accounts,
  '0004-editorial': editorial,
  '0005-feedback': feedback,
  '0006-machine-translation': machineTranslation,
  '0007-feedback-rollups': feedbackRollups,
  '0008-story-versions-index': storyVersionsIndex,
  '0009-sign-in-throttle': signInThrottle,
  '0010-search': search,
  '0011-wordpress-import': wordpressImport,
  '0012-api-and-webhooks': apiAndWebhooks,
  '0013-translation-quality': translationQuality,
  '0015-change-log': changeLog,
};

// Features developed side by side took their numbers ahead of time and landed in another order (0012 and
// 0015 before 0010): each migration stands alone, so one not yet run is run whatever its number.
const migratorFor = (db: Kysely<Database>) => new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, allowUnorderedMigrations: true });

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations this code has that the database has not run (for readiness checks). */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrations = await migratorFor(db).getMigrations();
  return migrations.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}
