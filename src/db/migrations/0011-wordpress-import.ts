/**
 * What a WordPress import remembers: which Diwan record each WordPress post, term, author and image
 * became (so a second run updates instead of duplicating), and the old addresses that now redirect.
 */
import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';
import { sqlList } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable('wordpress_items')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('wp_id', 'integer', (c) => c.notNull())
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('story_id', 'integer', (c) => c.references('stories.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer')
    .addColumn('imported_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('wordpress_items_pk', ['source', 'kind', 'wp_id'])
    .addCheckConstraint('wordpress_items_kind_check', sqlList('kind', ['post', 'term', 'author', 'attachment']))
    .execute();

  // Keys are normalized (decoded, lower case, no trailing slash), so lookups are one equality.
  await db.schema
    .createTable('redirects')
    .addColumn('old_path', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('redirects_story_index').on('redirects').columns(['story_id']).execute();
}
