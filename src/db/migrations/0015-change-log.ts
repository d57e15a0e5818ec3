/**
 * Processes sharing one SQLite file (the workers of DIWAN_WORKERS, a command run beside the server)
 * tell each other what content changed through this table; PostgreSQL has LISTEN/NOTIFY instead.
 * Rows are read within moments and deleted after an hour.
 */
import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';
import { withId } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('change_log'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('at', timestampType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_log_at_index').on('change_log').column('at').execute();
}
