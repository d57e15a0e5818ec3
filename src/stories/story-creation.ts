/**
 * Creating a whole story at once (the demo seed, imports): translations dated in the future are
 * scheduled, undated ones are drafts, and each gets a slug free in its language.
 */
import type { Kysely } from 'kysely';
import type { Outbox } from '../db/outbox.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { SearchIndexer } from '../search/index.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import { slugify } from '../text/slugify.ts';
import { writePublicationEvents } from './publication-events.ts';
import * as repo from './stories.repository.ts';
import type { CreateStoryInput } from './stories.types.ts';

export async function createStory(
  db: Kysely<Database>,
  input: CreateStoryInput,
  announce: (storyId: number, languages: string[]) => Promise<void>,
  outbox: Outbox,
  searchIndex: Pick<SearchIndexer, 'refreshStories'>,
): Promise<number> {
  const at = new Date().toISOString();
  const storyId = await inTransaction(db, async (trx) => {
    const translations: repo.NewTranslation[] = [];
    for (const t of input.translations) {
      translations.push({
        language: t.language,
        slug: await uniqueSlug(trx, t.language, t.slug ?? slugify(t.title)),
        title: t.title.trim(),
        summary: t.summary.trim(),
        bodyHtml: sanitizeBody(t.bodyHtml),
        status: t.publishedAt === null ? 'draft' : t.publishedAt > at ? 'scheduled' : 'published',
        publishedAt: t.publishedAt,
      });
    }
    const id = await repo.insertStory(
      trx,
      {
        featured: input.featured ?? false,
        heroImageId: input.heroImageId ?? null,
        termIds: input.termIds ?? [],
        memberStates: input.memberStates ?? [],
        translations,
      },
      at,
    );
    const live = translations.filter((t) => t.status === 'published').map((t) => ({ storyId: id, language: t.language, slug: t.slug }));
    await writePublicationEvents(trx, outbox, live, at);
    await searchIndex.refreshStories(trx, [id]);
    return id;
  });
  const published = input.translations.filter((t) => t.publishedAt !== null && t.publishedAt <= at);
  if (published.length > 0)
    await announce(
      storyId,
      published.map((t) => t.language),
    );
  return storyId;
}

/** The slug itself when free in that language, else the slug with the first free "-2", "-3", … */
async function uniqueSlug(db: Kysely<Database>, language: string, slug: string): Promise<string> {
  let candidate = slug;
  for (let n = 2; await repo.slugTaken(db, language, candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}
