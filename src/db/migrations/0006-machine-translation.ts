/**
 * Machine translation: the translation memory (one row per engine, language pair and source segment),
 * each story's current machine translation per language with its review state, and per-engine
 * monthly usage (characters sent, requests, memory hits) for budgets and the administrators' counters.
 */
import type { Kysely } from 'kysely';
import { timestampType } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  await db.schema
    .createTable('translation_memory')
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('translated', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_memory_pk', ['engine', 'source_language', 'target_language', 'source_hash'])
    .execute();

  await db.schema
    .createTable('machine_translations')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('source_revision', 'integer', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('translated_at', timestamp, (c) => c.notNull())
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reviewed_at', timestamp)
    /** The source revision the reviewer read; behind `source_revision` means out of date. */
    .addColumn('reviewed_revision', 'integer')
    .addPrimaryKeyConstraint('machine_translations_pk', ['story_id', 'language'])
    .execute();

  await db.schema
    .createTable('engine_usage')
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('characters', 'integer', (c) => c.notNull())
    .addColumn('requests', 'integer', (c) => c.notNull())
    .addColumn('memory_hits', 'integer', (c) => c.notNull())
    .addColumn('memory_misses', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('engine_usage_pk', ['engine', 'month'])
    .execute();
}
