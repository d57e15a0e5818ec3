import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';
import { sqlList, withId } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('images'))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('variant_widths', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('image_alts')
    .addColumn('image_id', 'integer', (c) => c.notNull().references('images.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('image_alts_pk', ['image_id', 'language'])
    .execute();

  await withId(db, db.schema.createTable('stories'))
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hero_image_id', 'integer', (c) => c.references('images.id').onDelete('set null'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('translations'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('human'))
    .addColumn('published_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('translations_language_slug_unique', ['language', 'slug'])
    .addUniqueConstraint('translations_story_language_unique', ['story_id', 'language'])
    .addCheckConstraint('translations_status_check', sqlList('status', ['draft', 'review', 'scheduled', 'published', 'archived']))
    .addCheckConstraint('translations_origin_check', sqlList('origin', ['human', 'machine']))
    .execute();
  await db.schema.createIndex('translations_listing_index').on('translations').columns(['language', 'status', 'published_at']).execute();

  await withId(db, db.schema.createTable('terms'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('terms_kind_slug_unique', ['kind', 'slug'])
    .addCheckConstraint('terms_kind_check', sqlList('kind', ['section', 'tag']))
    .execute();

  await db.schema
    .createTable('term_names')
    .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('term_names_pk', ['term_id', 'language'])
    .execute();

  await db.schema
    .createTable('story_terms')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_terms_pk', ['story_id', 'term_id'])
    .execute();
  await db.schema.createIndex('story_terms_term_index').on('story_terms').columns(['term_id', 'story_id']).execute();

  await db.schema
    .createTable('member_states')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .execute();

  await db.schema
    .createTable('story_member_states')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().references('member_states.code').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_member_states_pk', ['story_id', 'code'])
    .execute();
  await db.schema.createIndex('story_member_states_code_index').on('story_member_states').columns(['code', 'story_id']).execute();
}
