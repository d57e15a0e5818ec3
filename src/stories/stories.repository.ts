/** This feature's reads of stories and their translations for public pages, and its writes; feeds and sitemaps read through syndication.repository.ts. */
import { type Kysely, sql } from 'kysely';
import { preparedQuery } from '../db/prepared-query.ts';
import type { Database, TranslationOrigin, TranslationStatus } from '../db/schema.ts';

export interface StorySummary {
  storyId: number;
  language: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  heroImageId: number | null;
}

export interface PublishedArticle extends StorySummary {
  bodyHtml: string;
  updatedAt: string;
  origin: TranslationOrigin;
}

export interface ListingFilter {
  language: string;
  now: string;
  termId?: number;
  memberState?: string;
  excludeStoryId?: number;
}

/** Published translations of a listing at `now` (shared with syndication.repository.ts). */
export function publishedIn(db: Kysely<Database>, filter: ListingFilter) {
  let query = db
    .selectFrom('translations as t')
    .innerJoin('stories as s', 's.id', 't.storyId')
    .where('t.language', '=', filter.language)
    .where('t.status', '=', 'published')
    .where('t.publishedAt', '<=', filter.now);
  if (filter.termId !== undefined) {
    const termId = filter.termId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('storyTerms as st').select('st.termId').whereRef('st.storyId', '=', 't.storyId').where('st.termId', '=', termId)),
    );
  }
  if (filter.memberState !== undefined) {
    const code = filter.memberState;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('storyMemberStates as sm').select('sm.code').whereRef('sm.storyId', '=', 't.storyId').where('sm.code', '=', code)),
    );
  }
  if (filter.excludeStoryId !== undefined) query = query.where('t.storyId', '<>', filter.excludeStoryId);
  return query;
}

export const SUMMARY_COLUMNS = ['t.storyId', 't.language', 't.slug', 't.title', 't.summary', 't.publishedAt', 's.heroImageId'] as const;

function pageQuery(db: Kysely<Database>, filter: ListingFilter, page: { limit: number; offset: number }) {
  return publishedIn(db, filter).select(SUMMARY_COLUMNS).orderBy('t.publishedAt', 'desc').orderBy('t.id', 'desc').limit(page.limit).offset(page.offset);
}

/**
 * Listings by language alone (home pages, the "Latest articles" aside of every article) run with SQL
 * compiled once. Story ids start at 1, so excluding story 0 excludes nothing: one query serves both.
 */
const inLanguage = (filter: ListingFilter) =>
  filter.termId === undefined && filter.memberState === undefined
    ? { language: filter.language, now: filter.now, excludeStoryId: filter.excludeStoryId ?? 0 }
    : null;

const pageInLanguage = preparedQuery((db, v: { language: string; now: string; excludeStoryId: number; limit: number; offset: number }) => pageQuery(db, v, v));

export async function listPublished(db: Kysely<Database>, filter: ListingFilter, page: { limit: number; offset: number }): Promise<StorySummary[]> {
  const byLanguage = inLanguage(filter);
  const rows = byLanguage ? await pageInLanguage(db, { ...byLanguage, ...page }) : await pageQuery(db, filter, page).execute();
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

const countQuery = (db: Kysely<Database>, filter: ListingFilter) => publishedIn(db, filter).select((eb) => eb.fn.countAll<number>().as('count'));
const countInLanguage = preparedQuery((db, v: { language: string; now: string; excludeStoryId: number }) => countQuery(db, v));

export async function countPublished(db: Kysely<Database>, filter: ListingFilter): Promise<number> {
  const byLanguage = inLanguage(filter);
  const [row] = byLanguage ? await countInLanguage(db, byLanguage) : await countQuery(db, filter).execute();
  return Number(row!.count);
}

// On every home page.
const featuredIn = preparedQuery((db, v: { language: string; now: string }) =>
  publishedIn(db, v).where('s.featured', '=', 1).select(SUMMARY_COLUMNS).orderBy('t.publishedAt', 'desc').limit(1),
);

export async function findFeatured(db: Kysely<Database>, language: string, now: string): Promise<StorySummary | undefined> {
  const [row] = await featuredIn(db, { language, now });
  return row && { ...row, publishedAt: row.publishedAt! };
}

const publishedBySlug = preparedQuery((db, v: { language: string; slug: string; now: string }) =>
  publishedIn(db, v)
    .where('t.slug', '=', v.slug)
    .select([...SUMMARY_COLUMNS, 't.bodyHtml', 't.updatedAt', 't.origin']),
);

export async function findPublishedBySlug(db: Kysely<Database>, language: string, slug: string, now: string): Promise<PublishedArticle | undefined> {
  const [row] = await publishedBySlug(db, { language, slug, now });
  return row && { ...row, publishedAt: row.publishedAt! };
}

export async function findPublishedOrigin(
  db: Kysely<Database>,
  language: string,
  slug: string,
  now: string,
): Promise<{ storyId: number; origin: TranslationOrigin } | undefined> {
  return publishedIn(db, { language, now }).where('t.slug', '=', slug).select(['t.storyId', 't.origin']).executeTakeFirst();
}

/** The story's original (not translated from another) before its translations. */
const originalFirst = sql`case when t.source_language is null then 0 else 1 end`;

/**
 * The published translation machine translations start from: the story's original (the one not
 * translated from another), else the earliest published; of several such, the first written.
 */
export async function findOriginal(db: Kysely<Database>, storyId: number, now: string): Promise<(PublishedArticle & { revision: number }) | undefined> {
  const row = await db
    .selectFrom('translations as t')
    .innerJoin('stories as s', 's.id', 't.storyId')
    .where('t.storyId', '=', storyId)
    .where('t.status', '=', 'published')
    .where('t.publishedAt', '<=', now)
    .select([...SUMMARY_COLUMNS, 't.bodyHtml', 't.updatedAt', 't.origin', 't.revision'])
    .orderBy(originalFirst)
    .orderBy('t.publishedAt')
    .orderBy('t.id')
    .executeTakeFirst();
  return row && { ...row, publishedAt: row.publishedAt! };
}

const publishedVersions = preparedQuery((db, v: { storyId: number; now: string }) =>
  db
    .selectFrom('translations as t')
    .select(['t.language', 't.slug', 't.revision'])
    .where('t.storyId', '=', v.storyId)
    .where('t.status', '=', 'published')
    .where('t.publishedAt', '<=', v.now)
    .orderBy(originalFirst)
    .orderBy('t.publishedAt')
    .orderBy('t.id'),
);

/** Language, slug and revision of every published translation of a story, its original first (as `findOriginal` picks it). */
export async function listPublishedVersions(
  db: Kysely<Database>,
  storyId: number,
  now: string,
): Promise<{ language: string; slug: string; revision: number }[]> {
  return publishedVersions(db, { storyId, now });
}

export interface PublishedVersion {
  storyId: number;
  language: string;
  slug: string;
  revision: number;
  updatedAt: string;
}

/** The published versions of several stories, each story's original first (the order `listPublishedVersions` gives). */
export async function listPublishedVersionsOf(db: Kysely<Database>, storyIds: readonly number[], now: string): Promise<PublishedVersion[]> {
  if (storyIds.length === 0) return [];
  return db
    .selectFrom('translations as t')
    .select(['t.storyId', 't.language', 't.slug', 't.revision', 't.updatedAt'])
    .where('t.storyId', 'in', storyIds)
    .where('t.status', '=', 'published')
    .where('t.publishedAt', '<=', now)
    .orderBy('t.storyId')
    .orderBy(originalFirst)
    .orderBy('t.publishedAt')
    .orderBy('t.id')
    .execute();
}

/** The story a published slug of any language belongs to; a draft's slug leads nowhere. */
export async function findStoryIdByPublishedSlug(db: Kysely<Database>, slug: string, now: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('translations')
    .select('storyId')
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .where('publishedAt', '<=', now)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.storyId;
}

export interface NewTranslation {
  language: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  status: TranslationStatus;
  publishedAt: string | null;
}

export interface NewStory {
  featured: boolean;
  heroImageId: number | null;
  termIds: number[];
  memberStates: string[];
  translations: NewTranslation[];
}

export async function insertStory(db: Kysely<Database>, story: NewStory, now: string): Promise<number> {
  const { id } = await db
    .insertInto('stories')
    .values({ featured: story.featured ? 1 : 0, heroImageId: story.heroImageId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('translations')
    .values(story.translations.map((t) => ({ ...t, storyId: id, origin: 'human' as const, createdAt: now, updatedAt: now })))
    .execute();
  if (story.termIds.length > 0) {
    await db
      .insertInto('storyTerms')
      .values(story.termIds.map((termId) => ({ storyId: id, termId })))
      .execute();
  }
  if (story.memberStates.length > 0) {
    await db
      .insertInto('storyMemberStates')
      .values(story.memberStates.map((code) => ({ storyId: id, code })))
      .execute();
  }
  return id;
}

export async function countStories(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function slugTaken(db: Kysely<Database>, language: string, slug: string): Promise<boolean> {
  const row = await db.selectFrom('translations').select('id').where('language', '=', language).where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** Published stories per Member State in one language. */
export async function countPublishedByMemberState(db: Kysely<Database>, language: string, now: string): Promise<Map<string, number>> {
  const rows = await publishedIn(db, { language, now })
    .innerJoin('storyMemberStates as sm', 'sm.storyId', 't.storyId')
    .select(['sm.code', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('sm.code')
    .execute();
  return new Map(rows.map((row) => [row.code, Number(row.count)]));
}

/**
 * Publishes every scheduled translation whose time has come, and says which. One UPDATE claims the
 * rows, so when several instances run this at once each translation is published by exactly one.
 */
export async function publishDueTranslations(db: Kysely<Database>, now: string): Promise<{ storyId: number; language: string; slug: string }[]> {
  return db
    .updateTable('translations')
    .set({ status: 'published', updatedAt: now })
    .where('status', '=', 'scheduled')
    .where('publishedAt', '<=', now)
    .returning(['storyId', 'language', 'slug'])
    .execute();
}

/** How many of a story's translations are on the site at `now`. */
export async function countLiveTranslations(db: Kysely<Database>, storyId: number, now: string): Promise<number> {
  const row = await db
    .selectFrom('translations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('storyId', '=', storyId)
    .where('status', '=', 'published')
    .where('publishedAt', '<=', now)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Where a story is filed: the listings it appears in besides the home page. */
export async function filingOfStory(db: Kysely<Database>, storyId: number): Promise<{ termIds: number[]; memberStates: string[] }> {
  const [terms, memberStates] = await Promise.all([
    db.selectFrom('storyTerms').select('termId').where('storyId', '=', storyId).execute(),
    db.selectFrom('storyMemberStates').select('code').where('storyId', '=', storyId).execute(),
  ]);
  return { termIds: terms.map((row) => row.termId), memberStates: memberStates.map((row) => row.code) };
}

/** How many translations each language has in each status (for the admin dashboard). */
export async function countTranslationsByStatus(db: Kysely<Database>): Promise<{ language: string; status: TranslationStatus; count: number }[]> {
  const rows = await db
    .selectFrom('translations')
    .select(['language', 'status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['language', 'status'])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** A translation whatever its status (for previews), in the shape of a published one. */
export async function findAnyTranslation(
  db: Kysely<Database>,
  storyId: number,
  language: string,
): Promise<(Omit<PublishedArticle, 'publishedAt'> & { publishedAt: string | null }) | undefined> {
  return db
    .selectFrom('translations as t')
    .innerJoin('stories as s', 's.id', 't.storyId')
    .select([...SUMMARY_COLUMNS, 't.bodyHtml', 't.updatedAt', 't.origin'])
    .where('t.storyId', '=', storyId)
    .where('t.language', '=', language)
    .executeTakeFirst();
}
