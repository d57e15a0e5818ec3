/**
 * Translation quality: the organization's glossary (names kept, terms forced, renderings forbidden), the
 * terminology check's findings per segment, readers' reports of bad paragraphs with their rate-limit windows,
 * and what machine translations need to stay fresh when the glossary or a correction changes: which memory
 * segments each one is made of, a digest of them, and a stale mark.
 */
import { type Kysely, sql } from 'kysely';
import { timestampType } from '../dialect.ts';
import { sqlList, withId } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  // A null language means every language: a name kept everywhere, a rendering forbidden in every target.
  await withId(db, db.schema.createTable('glossary_terms'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text')
    .addColumn('target_language', 'text')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('translation', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('glossary_terms_kind_check', sqlList('kind', ['keep', 'force', 'forbid']))
    .addCheckConstraint('glossary_terms_translation_check', sql`kind <> 'force' or (translation is not null and target_language is not null)`)
    .execute();

  await withId(db, db.schema.createTable('terminology_issues'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('engine', 'text')
    .addColumn('segment', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('term_id', 'integer', (c) => c.notNull().references('glossary_terms.id').onDelete('cascade'))
    .addColumn('expected', 'text', (c) => c.notNull())
    .addColumn('found', 'text', (c) => c.notNull())
    .addColumn('checked_at', timestamp, (c) => c.notNull())
    .addCheckConstraint('terminology_issues_origin_check', sqlList('origin', ['machine', 'human']))
    .addCheckConstraint('terminology_issues_kind_check', sqlList('kind', ['forbidden', 'missing']))
    .execute();
  await db.schema.createIndex('terminology_issues_translation_index').on('terminology_issues').columns(['story_id', 'language', 'origin']).execute();

  await withId(db, db.schema.createTable('translation_reports'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('segment', 'integer', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('source_html', 'text', (c) => c.notNull())
    .addColumn('translated_html', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('resolved_at', timestamp)
    .addColumn('resolved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('translation_reports_problem_check', sqlList('problem', ['meaning', 'term', 'unreadable', 'offensive']))
    .addCheckConstraint('translation_reports_status_check', sqlList('status', ['open', 'fixed', 'termed', 'dismissed']))
    .execute();
  await db.schema.createIndex('translation_reports_status_index').on('translation_reports').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('translation_report_windows')
    .addColumn('visitor_key', 'text', (c) => c.notNull())
    .addColumn('window_start', timestamp, (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_report_windows_pk', ['visitor_key', 'window_start'])
    .execute();

  // Which memory segments a story's machine translation is made of, so a correction finds every page showing it.
  await db.schema
    .createTable('machine_translation_segments')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('machine_translation_segments_pk', ['story_id', 'language', 'source_hash'])
    .execute();
  await db.schema.createIndex('machine_translation_segments_hash_index').on('machine_translation_segments').columns(['language', 'source_hash']).execute();

  // Rows made before the glossary have an empty digest, so each is rebuilt once (from memory) on its next read.
  await db.schema
    .alterTable('machine_translations')
    .addColumn('segments_digest', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('machine_translations')
    .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
