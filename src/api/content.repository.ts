/**
 * The Content API's reads: translations with their story's filing, filtered as API clients ask. These
 * tables belong to `stories` and `editorial` (see their READMEs); this is a read model shaped for the API
 * (any status for staff tokens, date filters, exact totals), and it never writes.
 */
import { type Kysely, sql } from 'kysely';
import type { Database, TranslationOrigin, TranslationStatus } from '../db/schema.ts';

export interface ContentFilter {
  now: string;
  /** `live`: published and due, what readers see; otherwise one status or any (staff tokens). */
  status: TranslationStatus | 'live' | 'any';
  language?: string;
  storyId?: number;
  slug?: string;
  termIds?: number[];
  memberState?: string;
  updatedSince?: string;
  publishedAfter?: string;
  publishedBefore?: string;
}

/** Where a story is filed. */
export type Filing = { sectionIds: number[]; tagIds: number[]; memberStates: string[] };

export interface TranslationRecord {
  storyId: number;
  language: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
  sourceLanguage: string | null;
  featured: boolean;
  heroImageId: number | null;
  storyUpdatedAt: string;
}

function filtered(db: Kysely<Database>, filter: ContentFilter) {
  let query = db.selectFrom('translations as t').innerJoin('stories as s', 's.id', 't.storyId');
  if (filter.status === 'live') query = query.where('t.status', '=', 'published').where('t.publishedAt', '<=', filter.now);
  else if (filter.status !== 'any') query = query.where('t.status', '=', filter.status);
  if (filter.language !== undefined) query = query.where('t.language', '=', filter.language);
  if (filter.storyId !== undefined) query = query.where('t.storyId', '=', filter.storyId);
  if (filter.slug !== undefined) query = query.where('t.slug', '=', filter.slug);
  for (const termId of filter.termIds ?? []) {
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
  if (filter.updatedSince !== undefined) query = query.where('t.updatedAt', '>=', filter.updatedSince);
  if (filter.publishedAfter !== undefined) query = query.where('t.publishedAt', '>', filter.publishedAfter);
  if (filter.publishedBefore !== undefined) query = query.where('t.publishedAt', '<', filter.publishedBefore);
  return query;
}

const COLUMNS = [
  't.storyId',
  't.language',
  't.slug',
  't.title',
  't.summary',
  't.bodyHtml',
  't.status',
  't.origin',
  't.publishedAt',
  't.updatedAt',
  't.createdAt',
  't.sourceLanguage',
  's.featured',
  's.heroImageId',
  's.updatedAt as storyUpdatedAt',
] as const;

export async function listTranslations(db: Kysely<Database>, filter: ContentFilter, page: { limit: number; offset: number }): Promise<TranslationRecord[]> {
  const rows = await filtered(db, filter)
    .select(COLUMNS)
    // Drafts have no publication date: they sort by their last change.
    .orderBy(sql`coalesce(t.published_at, t.updated_at)`, 'desc')
    .orderBy('t.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({ ...row, featured: row.featured === 1 }));
}

export async function countTranslations(db: Kysely<Database>, filter: ContentFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every translation of these stories in the filter's status (their other languages), original first. */
export async function listVersions(db: Kysely<Database>, storyIds: readonly number[], filter: Pick<ContentFilter, 'now' | 'status'>) {
  if (storyIds.length === 0) return [];
  const rows = await filtered(db, { now: filter.now, status: filter.status })
    .where('t.storyId', 'in', storyIds)
    .select(['t.storyId', 't.language', 't.slug', 't.title', 't.status', 't.origin', 't.publishedAt', 't.updatedAt', 't.sourceLanguage'])
    .orderBy(sql`case when t.source_language is null then 0 else 1 end`)
    .orderBy('t.publishedAt')
    .orderBy('t.id')
    .execute();
  return rows;
}

/** Section and tag ids, and Member State codes, of each story. */
export async function listFilings(db: Kysely<Database>, storyIds: readonly number[]): Promise<Map<number, Filing>> {
  const filings = new Map<number, Filing>(storyIds.map((id) => [id, { sectionIds: [], tagIds: [], memberStates: [] }]));
  if (storyIds.length === 0) return filings;
  const [terms, states] = await Promise.all([
    db
      .selectFrom('storyTerms as st')
      .innerJoin('terms as term', 'term.id', 'st.termId')
      .select(['st.storyId', 'st.termId', 'term.kind'])
      .where('st.storyId', 'in', storyIds)
      .orderBy('term.position')
      .orderBy('st.termId')
      .execute(),
    db.selectFrom('storyMemberStates').select(['storyId', 'code']).where('storyId', 'in', storyIds).orderBy('code').execute(),
  ]);
  for (const row of terms) filings.get(row.storyId)?.[row.kind === 'section' ? 'sectionIds' : 'tagIds'].push(row.termId);
  for (const row of states) filings.get(row.storyId)?.memberStates.push(row.code);
  return filings;
}
