/**
 * Visitor feedback: one answer per visitor, page and day (a later answer replaces the earlier one),
 * the daily salts that make visitor keys unlinkable across days, rate-limit windows shared by every
 * instance, and per-day rollups so the dashboard never scans a million answers.
 */
import { type Kysely, sql } from 'kysely';
import { timestampType } from '../dialect.ts';
import { sqlList, withId } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  await withId(db, db.schema.createTable('feedback_answers'))
    .addColumn('visitor_key', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('page_path', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('story_id', 'integer', (c) => c.references('stories.id').onDelete('set null'))
    .addColumn('section_id', 'integer', (c) => c.references('terms.id').onDelete('set null'))
    .addColumn('machine_translated', 'integer', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('comment_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('feedback_answers_once_a_day', ['visitor_key', 'page_path', 'day'])
    .addCheckConstraint('feedback_answers_rating_check', sql`rating between 1 and 5`)
    .addCheckConstraint('feedback_answers_device_check', sqlList('device', ['desktop', 'tablet', 'mobile']))
    .execute();
  await db.schema.createIndex('feedback_answers_day_index').on('feedback_answers').column('day').execute();
  await db.schema.createIndex('feedback_answers_created_index').on('feedback_answers').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('feedback_salts')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feedback_rate_windows')
    .addColumn('visitor_key', 'text', (c) => c.notNull())
    .addColumn('window_start', timestamp, (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_rate_windows_pk', ['visitor_key', 'window_start'])
    .execute();

  // Section 0 stands for "no section": a null would make every row its own group in the key.
  await db.schema
    .createTable('feedback_rollups')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('page_path', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('machine_translated', 'integer', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_rollups_pk', ['day', 'page_path', 'language', 'section_id', 'machine_translated', 'rating'])
    .execute();
  await db.schema
    .createTable('feedback_rolled_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .execute();
}
