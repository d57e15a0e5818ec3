/**
 * The only SQL of parity: it reads the stories' translations (owned by `editorial` and `stories`) for the stories
 * whose original came out in a period. Machine translations are asked of `translation`'s service instead.
 */
import { type Kysely, sql } from 'kysely';
import type { Database, TranslationStatus } from '../db/schema.ts';
import { statementChunks } from '../db/statement-chunks.ts';

export interface TranslationFacts {
  storyId: number;
  language: string;
  title: string;
  status: TranslationStatus;
  publishedAt: string | null;
  sourceLanguage: string | null;
  sourceRevision: number | null;
  revision: number;
}

/** Every translation, in any status, of the stories with a translation published in [from, to). */
export async function translationsOfPeriod(db: Kysely<Database>, from: string, to: string, now: string): Promise<TranslationFacts[]> {
  const ids = await db
    .selectFrom('translations')
    .select('storyId')
    .distinct()
    .where('status', '=', 'published')
    .where('publishedAt', '>=', from)
    .where('publishedAt', '<', to)
    .where('publishedAt', '<=', now)
    .execute();
  const facts: TranslationFacts[] = [];
  for (const chunk of statementChunks(ids.map((row) => row.storyId))) {
    facts.push(
      ...(await db
        .selectFrom('translations')
        .select(['storyId', 'language', 'title', 'status', 'publishedAt', 'sourceLanguage', 'sourceRevision', 'revision'])
        .where('storyId', 'in', chunk)
        .orderBy('storyId')
        .orderBy(sql`case when source_language is null then 0 else 1 end`)
        .orderBy('publishedAt')
        .orderBy('id')
        .execute()),
    );
  }
  return facts;
}
