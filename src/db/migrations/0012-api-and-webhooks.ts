/**
 * The public API and webhooks: staff API tokens (stored by the hash of the token, like sessions), the
 * API's rate-limit windows shared by every instance, webhook endpoints, the outbox of events written in
 * the same transaction as the change that caused them, one delivery per event and endpoint, and the
 * log of every delivery attempt.
 */
import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';
import { sqlList, withId } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  await withId(db, db.schema.createTable('api_tokens'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_hint', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp)
    .addColumn('last_used_at', timestamp)
    .addColumn('revoked_at', timestamp)
    .execute();

  await db.schema
    .createTable('api_rate_windows')
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('window_start', timestamp, (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('api_rate_windows_pk', ['client_key', 'window_start'])
    .execute();
  await db.schema.createIndex('api_rate_windows_start_index').on('api_rate_windows').column('window_start').execute();

  await withId(db, db.schema.createTable('webhook_endpoints'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_until', timestamp)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('state_reason', 'text')
    .addColumn('state_changed_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addCheckConstraint('webhook_endpoints_state_check', sqlList('state', ['active', 'paused', 'disabled']))
    .execute();

  await withId(db, db.schema.createTable('webhook_outbox'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('webhook_deliveries'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('webhook_outbox.id').onDelete('cascade'))
    .addColumn('endpoint_id', 'integer', (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', timestamp)
    .addColumn('lease_until', timestamp)
    .addColumn('delivered_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addCheckConstraint('webhook_deliveries_state_check', sqlList('state', ['pending', 'delivered', 'failed']))
    .execute();
  // The worker's claim: due pending deliveries, oldest first.
  await db.schema.createIndex('webhook_deliveries_due_index').on('webhook_deliveries').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_endpoint_index').on('webhook_deliveries').columns(['endpoint_id', 'id']).execute();

  await withId(db, db.schema.createTable('webhook_attempts'))
    .addColumn('delivery_id', 'integer', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', timestamp, (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addColumn('response_excerpt', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('webhook_attempts_delivery_index').on('webhook_attempts').column('delivery_id').execute();
}
