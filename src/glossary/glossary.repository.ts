/** The only SQL of the glossary. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, GlossaryTermsTable } from '../db/schema.ts';
import type { GlossaryEntry, GlossaryInput } from './glossary.types.ts';

const COLUMNS = ['id', 'kind', 'sourceLanguage', 'targetLanguage', 'term', 'translation', 'note', 'updatedAt'] as const;

const entryOf = (row: Pick<Selectable<GlossaryTermsTable>, (typeof COLUMNS)[number]>): GlossaryEntry => ({ ...row });

export async function listEntries(db: Kysely<Database>): Promise<GlossaryEntry[]> {
  const rows = await db.selectFrom('glossaryTerms').select(COLUMNS).orderBy('term').orderBy('id').execute();
  return rows.map(entryOf);
}

export async function findEntry(db: Kysely<Database>, id: number): Promise<GlossaryEntry | undefined> {
  const row = await db.selectFrom('glossaryTerms').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && entryOf(row);
}

export async function insertEntries(db: Kysely<Database>, entries: readonly GlossaryInput[], userId: number | null, at: string): Promise<number[]> {
  const ids: number[] = [];
  for (const entry of entries) {
    const row = await db
      .insertInto('glossaryTerms')
      .values({ ...entry, createdAt: at, updatedAt: at, updatedBy: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

export async function updateEntry(db: Kysely<Database>, id: number, entry: GlossaryInput, userId: number | null, at: string): Promise<boolean> {
  const result = await db
    .updateTable('glossaryTerms')
    .set({ ...entry, updatedAt: at, updatedBy: userId })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteEntry(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('glossaryTerms').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
