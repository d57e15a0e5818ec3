/** Sections and tags (terms with names per language) and Member States (ISO codes). */
import { type Kysely, sql } from 'kysely';
import { preparedQuery } from '../db/prepared-query.ts';
import type { Database, TermKind } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';

export interface Term {
  id: number;
  kind: TermKind;
  slug: string;
  position: number;
}

export async function findTermBySlug(db: Kysely<Database>, kind: TermKind, slug: string): Promise<Term | undefined> {
  return db.selectFrom('terms').selectAll().where('kind', '=', kind).where('slug', '=', slug).executeTakeFirst();
}

export async function listTerms(db: Kysely<Database>, kind: TermKind): Promise<Term[]> {
  return db.selectFrom('terms').selectAll().where('kind', '=', kind).orderBy('position').orderBy('slug').execute();
}

/** Every section and tag with its names in every language, in menu order (for the term dictionary kept in memory). */
export async function listTermsWithNames(db: Kysely<Database>): Promise<(Term & { names: Map<string, string> })[]> {
  const rows = await db
    .selectFrom('terms as t')
    .leftJoin('termNames as n', 'n.termId', 't.id')
    .select(['t.id', 't.kind', 't.slug', 't.position', 'n.language', 'n.name'])
    .orderBy('t.position')
    .orderBy('t.slug')
    .execute();
  const terms = new Map<number, Term & { names: Map<string, string> }>();
  for (const row of rows) {
    let term = terms.get(row.id);
    if (!term) {
      term = { id: row.id, kind: row.kind, slug: row.slug, position: row.position, names: new Map() };
      terms.set(row.id, term);
    }
    if (row.language !== null && row.name !== null) term.names.set(row.language, row.name);
  }
  return [...terms.values()];
}

const termIdsOfStory = preparedQuery((db, v: { storyId: number }) => db.selectFrom('storyTerms').select('termId').where('storyId', '=', v.storyId));

export async function listTermIdsOfStory(db: Kysely<Database>, storyId: number): Promise<number[]> {
  return (await termIdsOfStory(db, { storyId })).map((row) => row.termId);
}

/** Where a story is filed: its sections and tags, and the Member States it concerns. */
export interface StoryFiling {
  termIds: number[];
  memberStates: string[];
}

// Asked on every article view: one statement for both tables, since each statement SQLite runs
// outside a transaction takes and releases the database's locks (system calls) on its own.
const filingRowsOfStory = preparedQuery((db, v: { storyId: number }) =>
  db
    .selectFrom('storyTerms')
    .select((eb) => [eb.ref('termId').$castTo<number | null>().as('termId'), sql<string | null>`null`.as('code')])
    .where('storyId', '=', v.storyId)
    .unionAll(
      db
        .selectFrom('storyMemberStates')
        .select((eb) => [sql<number | null>`null`.as('termId'), eb.ref('code').$castTo<string | null>().as('code')])
        .where('storyId', '=', v.storyId),
    ),
);

export async function findFilingOfStory(db: Kysely<Database>, storyId: number): Promise<StoryFiling> {
  const filing: StoryFiling = { termIds: [], memberStates: [] };
  for (const row of await filingRowsOfStory(db, { storyId })) {
    if (row.termId !== null) filing.termIds.push(row.termId);
    else if (row.code !== null) filing.memberStates.push(row.code);
  }
  return filing;
}

/** Names of the given terms in the given languages: termId → language → name. */
export async function findTermNames(db: Kysely<Database>, termIds: readonly number[], languages: readonly string[]): Promise<Map<number, Map<string, string>>> {
  const names = new Map<number, Map<string, string>>();
  if (termIds.length === 0) return names;
  const rows = await db
    .selectFrom('termNames')
    .selectAll()
    .where('termId', 'in', [...termIds])
    .where('language', 'in', [...languages])
    .execute();
  for (const row of rows) {
    const byLanguage = names.get(row.termId) ?? new Map<string, string>();
    byLanguage.set(row.language, row.name);
    names.set(row.termId, byLanguage);
  }
  return names;
}

export async function insertTerm(db: Kysely<Database>, term: Omit<Term, 'id'>, names: Record<string, string>): Promise<number> {
  // One transaction: a reader (the term dictionary, on any instance) sees the term with its names or not at all.
  return inTransaction(db, async (trx) => {
    const { id } = await trx.insertInto('terms').values(term).returning('id').executeTakeFirstOrThrow();
    const rows = Object.entries(names).map(([language, name]) => ({ termId: id, language, name }));
    if (rows.length > 0) await trx.insertInto('termNames').values(rows).execute();
    return id;
  });
}

export async function listMemberStateCodes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('memberStates').select('code').execute();
  return rows.map((row) => row.code);
}

export async function memberStateExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('memberStates').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function insertMemberStates(db: Kysely<Database>, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await db
    .insertInto('memberStates')
    .values(codes.map((code) => ({ code })))
    .onConflict((conflict) => conflict.column('code').doNothing())
    .execute();
}

export async function replaceTermNames(db: Kysely<Database>, termId: number, names: Record<string, string>): Promise<void> {
  await db.deleteFrom('termNames').where('termId', '=', termId).execute();
  const rows = Object.entries(names).map(([language, name]) => ({ termId, language, name }));
  if (rows.length > 0) await db.insertInto('termNames').values(rows).execute();
}

export async function updateTermSlug(db: Kysely<Database>, termId: number, slug: string): Promise<void> {
  await db.updateTable('terms').set({ slug }).where('id', '=', termId).execute();
}

export async function findTermById(db: Kysely<Database>, id: number): Promise<Term | undefined> {
  return db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
}
