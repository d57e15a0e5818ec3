/** The scheduler looks for scheduled translations that are due, across languages, every few seconds. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('translations_due_index').on('translations').columns(['status', 'published_at']).execute();
}
