/** The only SQL of machine translation: the memory, stories' machine translations and engine usage. */
import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared-query.ts';
import type { Database, MachineTranslationsTable } from '../db/schema.ts';
import { statementChunks } from '../db/statement-chunks.ts';
import { inTransaction } from '../db/transaction.ts';
import type { EngineId } from './engines/engine.ts';
import type { StoredMachineTranslation } from './machine-translation-types.ts';

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

/** Stores (or replaces) a reviewer's correction of one segment, which wins over every engine's translation of it. */
export async function rememberCorrection(db: Kysely<Database>, key: MemoryKey, hash: string, translated: string, at: string): Promise<void> {
  await db
    .insertInto('translationMemory')
    .values({ ...key, sourceHash: hash, translated, createdAt: at })
    .onConflict((c) => c.columns(['engine', 'sourceLanguage', 'targetLanguage', 'sourceHash']).doUpdateSet({ translated, createdAt: at }))
    .execute();
}

/**
 * Which memory segments a story's machine translation in `language` is made of (replacing what it was
 * made of). Two instances may translate the same story at once (two readers on two workers): what the
 * other stored is not an error, and readers see the old list or the new one, never half of it.
 */
export async function replaceSegments(db: Kysely<Database>, storyId: number, language: string, hashes: readonly string[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('machineTranslationSegments').where('storyId', '=', storyId).where('language', '=', language).execute();
    for (const chunk of statementChunks([...new Set(hashes)])) {
      await trx
        .insertInto('machineTranslationSegments')
        .values(chunk.map((sourceHash) => ({ storyId, language, sourceHash })))
        .onConflict((c) => c.columns(['storyId', 'language', 'sourceHash']).doNothing())
        .execute();
    }
  });
}

/** Marks stale every machine translation into `language` holding the segment; returns their stories. */
export async function markStaleHolding(db: Kysely<Database>, language: string, hash: string): Promise<number[]> {
  const rows = await db.selectFrom('machineTranslationSegments').select('storyId').where('language', '=', language).where('sourceHash', '=', hash).execute();
  const storyIds = rows.map((row) => row.storyId);
  for (const chunk of statementChunks(storyIds)) {
    await db.updateTable('machineTranslations').set({ stale: 1 }).where('language', '=', language).where('storyId', 'in', chunk).execute();
  }
  return storyIds;
}

/** One engine's counters in one month. */
export interface UsageCounts {
  characters: number;
  requests: number;
  memoryHits: number;
  memoryMisses: number;
}

/** The month engine usage is counted in: YYYY-MM, UTC. */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);

export async function addUsage(db: Kysely<Database>, engine: string, month: string, delta: UsageCounts): Promise<void> {
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

/** Each engine's counters in `month`, by engine; an engine that did nothing that month is absent. */
export async function usageIn(db: Kysely<Database>, month: string): Promise<Map<string, UsageCounts>> {
  const rows = await db
    .selectFrom('engineUsage')
    .select(['engine', 'characters', 'requests', 'memoryHits', 'memoryMisses'])
    .where('month', '=', month)
    .execute();
  return new Map(rows.map(({ engine, ...counts }) => [engine, counts]));
}

/** What a stored machine translation is read from: who reviewed it and when are written for the record, and read by nothing. */
type StoredColumns = Omit<MachineTranslationsTable, 'reviewedBy' | 'reviewedAt' | 'segmentsDigest' | 'stale'> & { segmentsDigest: string; stale: number };
const STORED_COLUMNS = [
  'storyId',
  'language',
  'sourceLanguage',
  'sourceRevision',
  'engine',
  'title',
  'summary',
  'bodyHtml',
  'translatedAt',
  'reviewedRevision',
  'segmentsDigest',
  'stale',
] as const;

const storedOf = (row: StoredColumns): StoredMachineTranslation => ({ ...row, engine: row.engine as EngineId, stale: row.stale === 1 });

export async function findMachineTranslation(db: Kysely<Database>, storyId: number, language: string): Promise<StoredMachineTranslation | undefined> {
  const row = await db
    .selectFrom('machineTranslations')
    .select(STORED_COLUMNS)
    .where('storyId', '=', storyId)
    .where('language', '=', language)
    .executeTakeFirst();
  return row && storedOf(row);
}

export async function listMachineTranslations(db: Kysely<Database>, storyId: number): Promise<StoredMachineTranslation[]> {
  const rows = await db.selectFrom('machineTranslations').select(STORED_COLUMNS).where('storyId', '=', storyId).orderBy('language').execute();
  return rows.map(storedOf);
}

/** Stores a fresh machine translation; a review, if any, stays attached to the revision it read. */
export async function saveMachineTranslation(db: Kysely<Database>, translation: Omit<StoredMachineTranslation, 'reviewedRevision' | 'stale'>): Promise<void> {
  const { storyId: _story, language: _language, ...changes } = translation;
  await db
    .insertInto('machineTranslations')
    .values({ ...translation, stale: 0, reviewedBy: null, reviewedAt: null, reviewedRevision: null })
    .onConflict((c) => c.columns(['storyId', 'language']).doUpdateSet({ ...changes, stale: 0 }))
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

/** A machine translation a person reviewed as it stands (the source revision they read is the one it was made from). */
export interface ReviewedTranslation {
  storyId: number;
  language: string;
  sourceLanguage: string;
  sourceRevision: number;
  translatedAt: string;
  reviewedAt: string;
}

const reviewed = (db: Kysely<Database>) =>
  db
    .selectFrom('machineTranslations')
    .select(['storyId', 'language', 'sourceLanguage', 'sourceRevision', 'translatedAt', 'reviewedAt'])
    .whereRef('reviewedRevision', '=', 'sourceRevision');

const reviewedOf = (row: Omit<ReviewedTranslation, 'reviewedAt'> & { reviewedAt: string | null }): ReviewedTranslation => ({
  ...row,
  reviewedAt: row.reviewedAt ?? row.translatedAt,
});

/** An article page asks this of its story on every render: compiled once. */
const reviewedOfStory = preparedQuery((db, values: { storyId: number }) => reviewed(db).where('storyId', '=', values.storyId).orderBy('language'));

export async function listReviewedOf(db: Kysely<Database>, storyIds: readonly number[]): Promise<ReviewedTranslation[]> {
  if (storyIds.length === 1) return (await reviewedOfStory(db, { storyId: storyIds[0]! })).map(reviewedOf);
  const found: ReviewedTranslation[] = [];
  for (const chunk of statementChunks(storyIds)) {
    const rows = await reviewed(db).where('storyId', 'in', chunk).orderBy('storyId').orderBy('language').execute();
    found.push(...rows.map(reviewedOf));
  }
  return found;
}

/** Reviewed machine translations into a language, by story id, after `afterStoryId`. */
export async function listReviewedIn(db: Kysely<Database>, language: string, afterStoryId: number, limit: number): Promise<ReviewedTranslation[]> {
  const rows = await reviewed(db).where('language', '=', language).where('storyId', '>', afterStoryId).orderBy('storyId').limit(limit).execute();
  return rows.map(reviewedOf);
}

export async function listReviewedLanguages(db: Kysely<Database>): Promise<string[]> {
  const rows = await reviewed(db).clearSelect().select('language').distinct().orderBy('language').execute();
  return rows.map((row) => row.language);
}

/** Which of these stories have a machine translation in which language, and whether a person reviewed it as it stands. */
export async function listMachineStates(
  db: Kysely<Database>,
  storyIds: readonly number[],
): Promise<{ storyId: number; language: string; reviewed: boolean }[]> {
  const states: { storyId: number; language: string; reviewed: boolean }[] = [];
  for (const chunk of statementChunks([...storyIds])) {
    const rows = await db
      .selectFrom('machineTranslations')
      .select(['storyId', 'language', 'reviewedRevision', 'sourceRevision'])
      .where('storyId', 'in', chunk)
      .execute();
    for (const row of rows) states.push({ storyId: row.storyId, language: row.language, reviewed: row.reviewedRevision === row.sourceRevision });
  }
  return states;
}
