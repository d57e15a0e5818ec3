/**
 * The only SQL of search: writing a story's index rows, and finding candidates with each database's own full-text
 * index (FTS5 on SQLite, GIN over a `simple` tsvector on PostgreSQL) from query text that `query-syntax.ts`
 * built out of analysed terms. It reads `translations`, `story_terms`, `term_names` and `story_member_states`.
 */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { dialectOf } from '../db/dialect.ts';
import type { Database, TranslationStatus } from '../db/schema.ts';

export interface IndexRow {
  translationId: number;
  storyId: number;
  language: string;
  public: number;
  publishedAt: string | null;
  titleTerms: string;
  summaryTerms: string;
  labelsTerms: string;
  bodyTerms: string;
}

export interface SourceTranslation {
  translationId: number;
  storyId: number;
  language: string;
  status: TranslationStatus;
  publishedAt: string | null;
  title: string;
  summary: string;
  bodyHtml: string;
}

/** The terms a candidate is scored on. */
export type CandidateRow = Pick<IndexRow, 'translationId' | 'storyId' | 'language' | 'titleTerms' | 'summaryTerms' | 'labelsTerms' | 'bodyTerms'> & {
  publishedAt: string;
};

/** Query text per language: FTS5 MATCH text on SQLite, tsquery text on PostgreSQL. */
export type MatchByLanguage = Map<string, string>;

export interface CandidateFilter {
  now: string;
  termIds: number[];
  memberState?: string;
  from?: string;
  to?: string;
}

/** Must stay the expression `0010-search` indexed, or PostgreSQL stops using the index. */
const VECTOR = sql.raw(
  "(setweight(to_tsvector('simple'::regconfig, d.title_terms), 'A') || setweight(to_tsvector('simple'::regconfig, d.summary_terms), 'B') || " +
    "setweight(to_tsvector('simple'::regconfig, d.labels_terms), 'C') || setweight(to_tsvector('simple'::regconfig, d.body_terms), 'D'))",
);

/** Documents of `language` the query text matches, as a condition on `search_documents as d`. */
function matches(db: Kysely<Database>, language: string, query: string) {
  return dialectOf(db) === 'postgres'
    ? sql<SqlBool>`(d.language = ${language} and ${VECTOR} @@ to_tsquery('simple', ${query}))`
    : sql<SqlBool>`(d.language = ${language} and d.translation_id in (select rowid from search_fts where search_fts match ${query}))`;
}

function anyMatch(db: Kysely<Database>, byLanguage: MatchByLanguage) {
  const conditions = [...byLanguage].map(([language, query]) => matches(db, language, query));
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

export async function translationsOfStories(db: Kysely<Database>, storyIds: readonly number[]): Promise<SourceTranslation[]> {
  if (storyIds.length === 0) return [];
  return db
    .selectFrom('translations')
    .select(['id as translationId', 'storyId', 'language', 'status', 'publishedAt', 'title', 'summary', 'bodyHtml'])
    .where('storyId', 'in', storyIds)
    .orderBy('id')
    .execute();
}

/** Names of the sections and tags each story is filed under, by language, and its Member States. */
export async function filingOfStories(
  db: Kysely<Database>,
  storyIds: readonly number[],
): Promise<{ names: { storyId: number; language: string; name: string }[]; memberStates: { storyId: number; code: string }[] }> {
  if (storyIds.length === 0) return { names: [], memberStates: [] };
  const [names, memberStates] = await Promise.all([
    db
      .selectFrom('storyTerms as st')
      .innerJoin('termNames as tn', 'tn.termId', 'st.termId')
      .select(['st.storyId', 'tn.language', 'tn.name'])
      .where('st.storyId', 'in', storyIds)
      .orderBy('st.termId')
      .execute(),
    db.selectFrom('storyMemberStates').select(['storyId', 'code']).where('storyId', 'in', storyIds).orderBy('code').execute(),
  ]);
  return { names, memberStates };
}

export async function storiesFiledUnder(db: Kysely<Database>, termId: number): Promise<number[]> {
  const rows = await db.selectFrom('storyTerms').select('storyId').where('termId', '=', termId).orderBy('storyId').execute();
  return rows.map((row) => row.storyId);
}

/** Replaces every index row of these stories with `rows`. */
export async function replaceStoryRows(db: Kysely<Database>, storyIds: readonly number[], rows: IndexRow[]): Promise<void> {
  if (storyIds.length === 0) return;
  await db.deleteFrom('searchDocuments').where('storyId', 'in', storyIds).execute();
  // Well below both databases' bound parameters: nine per row.
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('searchDocuments')
      .values(rows.slice(i, i + 50))
      .execute();
}

export async function updateLabels(db: Kysely<Database>, storyId: number, language: string, labelsTerms: string): Promise<void> {
  await db.updateTable('searchDocuments').set({ labelsTerms }).where('storyId', '=', storyId).where('language', '=', language).execute();
}

/** Story ids after `after`, in order, for rebuilding the index in batches. */
export async function storyIdsAfter(db: Kysely<Database>, after: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('stories').select('id').where('id', '>', after).orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

export async function countStories(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countRows(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('searchDocuments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Published documents matching the query, newest first, at most `limit`: the candidates search scores.
 * Filters are the listings' (a section or tag, a Member State) and a range of publication dates.
 */
export async function findCandidates(db: Kysely<Database>, byLanguage: MatchByLanguage, filter: CandidateFilter, limit: number): Promise<CandidateRow[]> {
  if (byLanguage.size === 0) return [];
  let query = db
    .selectFrom('searchDocuments as d')
    .select(['d.translationId', 'd.storyId', 'd.language', 'd.publishedAt', 'd.titleTerms', 'd.summaryTerms', 'd.labelsTerms', 'd.bodyTerms'])
    .where('d.public', '=', 1)
    .where('d.publishedAt', '<=', filter.now)
    .where(anyMatch(db, byLanguage));
  for (const termId of filter.termIds) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('storyTerms as st').select('st.termId').whereRef('st.storyId', '=', 'd.storyId').where('st.termId', '=', termId)),
    );
  }
  if (filter.memberState !== undefined) {
    const code = filter.memberState;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('storyMemberStates as sm').select('sm.code').whereRef('sm.storyId', '=', 'd.storyId').where('sm.code', '=', code)),
    );
  }
  if (filter.from !== undefined) query = query.where('d.publishedAt', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('d.publishedAt', '<', filter.to);
  const rows = await query.orderBy('d.publishedAt', 'desc').orderBy('d.translationId', 'desc').limit(limit).execute();
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** What a result shows of its translation, for the few on the page. */
export async function resultTexts(
  db: Kysely<Database>,
  translationIds: readonly number[],
): Promise<Map<number, { slug: string; title: string; summary: string; bodyHtml: string }>> {
  if (translationIds.length === 0) return new Map();
  const rows = await db.selectFrom('translations').select(['id', 'slug', 'title', 'summary', 'bodyHtml']).where('id', 'in', translationIds).execute();
  return new Map(rows.map(({ id, ...text }) => [id, text]));
}

/** A condition on a translation id column: its index row matches the query in its language, whatever its status. */
export function indexedMatch(db: Kysely<Database>, translationId: Expression<number>, byLanguage: MatchByLanguage): Expression<SqlBool> {
  if (byLanguage.size === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${translationId} in (select d.translation_id from search_documents d where ${anyMatch(db, byLanguage)})`;
}
