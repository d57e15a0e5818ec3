/**
 * The sign-in throttle counts attempts per (account, address), per address, per account and per
 * trusted device, each forgotten after a quiet day: a counter's time is now that of its last
 * attempt (the window column is renamed, existing counts carry over). Browsers that signed in
 * before carry a device cookie, stored by the hash of its token like sessions.
 */
import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  await db.schema.alterTable('sign_in_failures').renameColumn('window_started_at', 'last_attempt_at').execute();
  // Upkeep deletes the counters nobody has used for a day.
  await db.schema.createIndex('sign_in_failures_last_attempt_index').on('sign_in_failures').column('last_attempt_at').execute();

  await db.schema
    .createTable('trusted_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusted_devices_user_index').on('trusted_devices').column('user_id').execute();
}
