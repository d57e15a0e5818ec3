/**
 * Every article page lists the published versions of its story (the language switcher). Without
 * this index SQLite, which keeps no statistics, walked the scheduler's index over every published
 * translation of the site to find one story's few: a cost that grows with the archive.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('translations_story_published_index').on('translations').columns(['story_id', 'status', 'published_at']).execute();
}
