/**
 * The events of translations going public, written in the transaction that published them: each is
 * `translation.published`, and a story none of whose other translations was public yet is also
 * `story.published` (once, for the first of them).
 */
import type { Kysely } from 'kysely';
import type { Outbox, OutboxEvent } from '../db/outbox.ts';
import type { Database } from '../db/schema.ts';
import { countLiveTranslations } from './stories.repository.ts';

export async function writePublicationEvents(
  trx: Kysely<Database>,
  outbox: Outbox,
  published: readonly { storyId: number; language: string; slug: string }[],
  now: string,
): Promise<void> {
  const events: OutboxEvent[] = [];
  for (const [storyId, rows] of Map.groupBy(published, (row) => row.storyId)) {
    const [first] = rows;
    if (first && (await countLiveTranslations(trx, storyId, now)) === rows.length) events.push({ type: 'story.published', ...first });
    for (const row of rows) events.push({ type: 'translation.published', storyId, language: row.language, slug: row.slug });
  }
  await outbox.write(trx, events);
}
