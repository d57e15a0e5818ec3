/** What feeds and sitemaps read of published stories: whole texts, ids by language, and when listings last changed. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type ListingFilter, publishedIn, type StorySummary, SUMMARY_COLUMNS } from './stories.repository.ts';

/** Ids of the stories published in a language, in id order, from `offset` (a sitemap's share of them). */
export async function listPublishedStoryIds(
  db: Kysely<Database>,
  language: string,
  now: string,
  page: { afterStoryId: number; offset: number; limit: number },
): Promise<number[]> {
  const rows = await publishedIn(db, { language, now })
    .where('t.storyId', '>', page.afterStoryId)
    .select('t.storyId')
    .orderBy('t.storyId')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => row.storyId);
}

export interface FullStory extends StorySummary {
  bodyHtml: string;
  updatedAt: string;
  createdAt: string;
}

/** The newest published stories of a listing with their whole text (feeds). */
export async function listPublishedFull(db: Kysely<Database>, filter: ListingFilter, limit: number): Promise<FullStory[]> {
  const rows = await publishedIn(db, filter)
    .select([...SUMMARY_COLUMNS, 't.bodyHtml', 't.updatedAt', 's.createdAt'])
    .orderBy('t.publishedAt', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** Translations published since `since`, newest first, in every language (the news sitemap). */
export async function listPublishedSince(db: Kysely<Database>, since: string, now: string, limit: number): Promise<StorySummary[]> {
  const rows = await db
    .selectFrom('translations as t')
    .innerJoin('stories as s', 's.id', 't.storyId')
    .where('t.status', '=', 'published')
    .where('t.publishedAt', '<=', now)
    .where('t.publishedAt', '>=', since)
    .select(SUMMARY_COLUMNS)
    .orderBy('t.publishedAt', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** When each listing of a language last changed: its newest published translation's update, per section or tag and per Member State. */
export async function latestChangesIn(
  db: Kysely<Database>,
  language: string,
  now: string,
): Promise<{ all: string | null; terms: Map<number, string>; memberStates: Map<string, string> }> {
  const [all, terms, memberStates] = await Promise.all([
    publishedIn(db, { language, now })
      .select((eb) => eb.fn.max('t.updatedAt').as('at'))
      .executeTakeFirst(),
    publishedIn(db, { language, now })
      .innerJoin('storyTerms as st', 'st.storyId', 't.storyId')
      .select(['st.termId', (eb) => eb.fn.max('t.updatedAt').as('at')])
      .groupBy('st.termId')
      .execute(),
    publishedIn(db, { language, now })
      .innerJoin('storyMemberStates as sm', 'sm.storyId', 't.storyId')
      .select(['sm.code', (eb) => eb.fn.max('t.updatedAt').as('at')])
      .groupBy('sm.code')
      .execute(),
  ]);
  return {
    all: all?.at ?? null,
    terms: new Map(terms.map((row) => [row.termId, row.at])),
    memberStates: new Map(memberStates.map((row) => [row.code, row.at])),
  };
}

/** Every story with a published translation, newest story first, with the languages it is published in. */
export async function listPublishedLanguages(db: Kysely<Database>, now: string): Promise<{ storyId: number; languages: string[] }[]> {
  const rows = await db
    .selectFrom('translations')
    .select(['storyId', 'language'])
    .where('status', '=', 'published')
    .where('publishedAt', '<=', now)
    .orderBy('storyId', 'desc')
    .orderBy('language')
    .execute();
  return [...Map.groupBy(rows, (row) => row.storyId)].map(([storyId, languages]) => ({ storyId, languages: languages.map((row) => row.language) }));
}
