/**
 * Editorial history: who created a story and each translation, a numbered revision of every save,
 * and which revision of its source a translation was made from (to say when it fell behind).
 */
import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';
import { withId } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .alterTable('stories')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('translations')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('translations')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('translations').addColumn('source_language', 'text').execute();
  await db.schema.alterTable('translations').addColumn('source_revision', 'integer').execute();

  await withId(db, db.schema.createTable('translation_revisions'))
    .addColumn('translation_id', 'integer', (c) => c.notNull().references('translations.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('translation_revisions_unique', ['translation_id', 'revision'])
    .execute();
}
