/** The only SQL of machine translation: the memory, stories' machine translations and engine usage. */
import type { Kysely } from 'kysely';
import type { Database, MachineTranslationsTable } from '../db/schema.ts';
import { statementChunks } from '../db/statement-chunks.ts';

export interface MemoryKey {
  engine: string;
  sourceLanguage: string;
  targetLanguage: string;
}

export async function recall(db: Kysely<Database>, key: MemoryKey, hashes: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of statementChunks(hashes)) {
    const rows = await db
      .selectFrom('translationMemory')
      .select(['sourceHash', 'translated'])
      .where('engine', '=', key.engine)
      .where('sourceLanguage', '=', key.sourceLanguage)
      .where('targetLanguage', '=', key.targetLanguage)
      .where('sourceHash', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.sourceHash, row.translated);
  }
  return found;
}

export async function remember(db: Kysely<Database>, key: MemoryKey, entries: { hash: string; translated: string }[], at: string): Promise<void> {
  for (const chunk of statementChunks(entries)) {
    await db
      .insertInto('translationMemory')
      .values(chunk.map((entry) => ({ ...key, sourceHash: entry.hash, translated: entry.translated, createdAt: at })))
      .onConflict((c) => c.columns(['engine', 'sourceLanguage', 'targetLanguage', 'sourceHash']).doNothing())
      .execute();
  }
}

export interface UsageDelta {
  characters: number;
  requests: number;
  memoryHits: number;
  memoryMisses: number;
}

export async function addUsage(db: Kysely<Database>, engine: string, month: string, delta: UsageDelta): Promise<void> {
  await db
    .insertInto('engineUsage')
    .values({ engine, month, ...delta })
    .onConflict((c) =>
      c.columns(['engine', 'month']).doUpdateSet((eb) => ({
        characters: eb(eb.ref('engineUsage.characters'), '+', eb.ref('excluded.characters')),
        requests: eb(eb.ref('engineUsage.requests'), '+', eb.ref('excluded.requests')),
        memoryHits: eb(eb.ref('engineUsage.memoryHits'), '+', eb.ref('excluded.memoryHits')),
        memoryMisses: eb(eb.ref('engineUsage.memoryMisses'), '+', eb.ref('excluded.memoryMisses')),
      })),
    )
    .execute();
}

export async function usageIn(db: Kysely<Database>, month: string) {
  return db.selectFrom('engineUsage').selectAll().where('month', '=', month).execute();
}

export type MachineTranslationRow = MachineTranslationsTable;

export async function findMachineTranslation(db: Kysely<Database>, storyId: number, language: string): Promise<MachineTranslationRow | undefined> {
  return db.selectFrom('machineTranslations').selectAll().where('storyId', '=', storyId).where('language', '=', language).executeTakeFirst();
}

export async function listMachineTranslations(db: Kysely<Database>, storyId: number): Promise<MachineTranslationRow[]> {
  return db.selectFrom('machineTranslations').selectAll().where('storyId', '=', storyId).orderBy('language').execute();
}

/** Stores a fresh machine translation; a review, if any, stays attached to the revision it read. */
export async function saveMachineTranslation(
  db: Kysely<Database>,
  row: Omit<MachineTranslationRow, 'reviewedBy' | 'reviewedAt' | 'reviewedRevision'>,
): Promise<void> {
  const { storyId: _story, language: _language, ...changes } = row;
  await db
    .insertInto('machineTranslations')
    .values({ ...row, reviewedBy: null, reviewedAt: null, reviewedRevision: null })
    .onConflict((c) => c.columns(['storyId', 'language']).doUpdateSet(changes))
    .execute();
}

export async function markReviewed(db: Kysely<Database>, storyId: number, language: string, userId: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('machineTranslations')
    .set((eb) => ({ reviewedBy: userId, reviewedAt: at, reviewedRevision: eb.ref('sourceRevision') }))
    .where('storyId', '=', storyId)
    .where('language', '=', language)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
