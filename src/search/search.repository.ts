/**
 * The only SQL of search: writing a story's index rows, and finding candidates with each database's own full-text
 * index (FTS5 on SQLite, GIN over a `simple` tsvector on PostgreSQL) from query text that `query-syntax.ts`
 * built out of analysed terms. It reads `translations`, `story_terms`, `term_names` and `story_member_states`.
 */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { dialectOf } from '../db/dialect.ts';
import type { Database, SearchDocumentsTable, TranslationStatus } from '../db/schema.ts';

/** A row of `search_documents`, as the indexer writes it. */
export type IndexRow = SearchDocumentsTable;

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
export type CandidateRow = Pick<
  IndexRow,
  'translationId' | 'storyId' | 'language' | 'titleTerms' | 'summaryTerms' | 'labelsTerms' | 'bodyTerms' | 'bodyCounts' | 'bodyLength'
> & {
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

/** A language as one token of the SQLite index (the migration's triggers write it so). */
const languageToken = (language: string) => language.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** SQLite: MATCH text for documents of `language` (published ones only, or any) that the query matches. */
const ftsScope = (language: string, query: string, publicOnly: boolean) =>
  `language : "${languageToken(language)}"${publicOnly ? ' AND public : "1"' : ''} AND (${query})`;

/** PostgreSQL: tsquery text for documents of `language` (published ones only, or any) that the query matches. */
const tsScope = (language: string, query: string, publicOnly: boolean) =>
  `'@${language.replaceAll("'", "''")}'${publicOnly ? " & '@public'" : ''} & (${query})`;

const ftsIds = (language: string, query: string) => sql<number>`select rowid from search_fts where search_fts match ${ftsScope(language, query, false)}`;

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
  // Well below both databases' bound parameters: eleven per row.
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
 * Published documents matching the query, the most recently written first (highest translation id), at most
 * `limit`: the candidates search scores. Filters are the listings' (a section or tag, a Member State) and a range
 * of publication dates. SQLite walks its index in that order and stops at the limit; PostgreSQL sorts the
 * index's matches.
 */
export async function findCandidates(db: Kysely<Database>, byLanguage: MatchByLanguage, filter: CandidateFilter, limit: number): Promise<CandidateRow[]> {
  const postgres = dialectOf(db) === 'postgres';
  const newestId = postgres ? await newestTranslationId(db) : 0;
  const perLanguage = await Promise.all(
    [...byLanguage].map(async ([language, query]) => {
      const where = sql.join([sql`d.language = ${language}`, ...filterConditions(filter)], sql` and `);
      if (!postgres) {
        const { rows } = await sql<{
          translationId: number;
        }>`select d.translation_id from search_fts join search_documents d on d.translation_id = search_fts.rowid
          where search_fts match ${ftsScope(language, query, true)} and ${where} order by search_fts.rowid desc limit ${limit}`.execute(db);
        return rows;
      }
      // The GIN index cannot be read newest first: look among the newest translations, then further back until
      // enough are found, so a common word reads a few thousand matches rather than all of them. The ids come from
      // the GIN index alone (the migration's `search_matches`); then each is checked against the filters by its
      // key, newest first, until there are enough.
      for (let window = limit * 8; ; window *= 8) {
        const since = window >= newestId ? 0 : newestId - window;
        const { rows } = await sql<{ translationId: number }>`select d.translation_id
          from search_matches(${tsScope(language, query, true)}::tsquery, ${since}) with ordinality as ids(translation_id, n)
          join search_documents d on d.translation_id = ids.translation_id where ${where} order by ids.n limit ${limit}`.execute(db);
        if (rows.length >= limit || window >= newestId) return rows;
      }
    }),
  );
  // The newest of every language's newest, and only then their terms.
  const ids = perLanguage
    .flat()
    .map((row) => row.translationId)
    .sort((a, b) => b - a)
    .slice(0, limit);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('searchDocuments')
    .select(['translationId', 'storyId', 'language', 'publishedAt', 'titleTerms', 'summaryTerms', 'labelsTerms', 'bodyTerms', 'bodyCounts', 'bodyLength'])
    // One array for PostgreSQL rather than 500 parameters to parse and plan.
    .where(postgres ? sql<SqlBool>`translation_id = any(${ids}::integer[])` : sql<SqlBool>`translation_id in (${sql.join(ids)})`)
    .orderBy('translationId', 'desc')
    .execute();
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

async function newestTranslationId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('searchDocuments')
    .select((eb) => eb.fn.max('translationId').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

function filterConditions(filter: CandidateFilter) {
  const conditions = [sql`d.public = 1`, sql`d.published_at <= ${filter.now}`];
  for (const termId of filter.termIds) {
    conditions.push(sql`exists (select 1 from story_terms st where st.story_id = d.story_id and st.term_id = ${termId})`);
  }
  if (filter.memberState !== undefined) {
    conditions.push(sql`exists (select 1 from story_member_states sm where sm.story_id = d.story_id and sm.code = ${filter.memberState})`);
  }
  if (filter.from !== undefined) conditions.push(sql`d.published_at >= ${filter.from}`);
  if (filter.to !== undefined) conditions.push(sql`d.published_at < ${filter.to}`);
  return conditions;
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
  const postgres = dialectOf(db) === 'postgres';
  const conditions = [...byLanguage].map(([language, query]) =>
    postgres
      ? sql<SqlBool>`${translationId} in (select translation_id from search_matches(${tsScope(language, query, false)}::tsquery, 0))`
      : sql<SqlBool>`${translationId} in (${ftsIds(language, query)})`,
  );
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/** After a rebuild: PostgreSQL plans searches from fresh statistics of the index. */
export async function refreshStatistics(db: Kysely<Database>): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`analyze search_documents`.execute(db);
}
