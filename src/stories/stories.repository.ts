/** The only code that reads and writes stories and their translations. */
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

function publishedIn(db: Kysely<Database>, filter: ListingFilter) {
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

const SUMMARY_COLUMNS = ['t.storyId', 't.language', 't.slug', 't.title', 't.summary', 't.publishedAt', 's.heroImageId'] as const;

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

/** The story a slug belongs to in any language, for visitors who change the language in a URL by hand. */
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
