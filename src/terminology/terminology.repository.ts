/** The only SQL of the terminology check: its findings, replaced at every check of a translation. */
import { type Kysely, sql } from 'kysely';
import type { Database, TranslationOrigin } from '../db/schema.ts';
import { statementChunks } from '../db/statement-chunks.ts';
import { inTransaction } from '../db/transaction.ts';
import type { IssueCount, TerminologyIssue, TerminologyReport } from './terminology.types.ts';

export async function replaceIssues(db: Kysely<Database>, report: TerminologyReport, at: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .deleteFrom('terminologyIssues')
      .where('storyId', '=', report.storyId)
      .where('language', '=', report.language)
      .where('origin', '=', report.origin)
      .execute();
    for (const chunk of statementChunks(report.issues)) {
      await trx
        .insertInto('terminologyIssues')
        .values(
          chunk.map((issue) => ({
            ...issue,
            storyId: report.storyId,
            language: report.language,
            sourceLanguage: report.sourceLanguage,
            origin: report.origin,
            engine: report.engine,
            checkedAt: at,
          })),
        )
        .execute();
    }
  });
}

export async function listIssues(db: Kysely<Database>, storyId: number, language: string, origin: TranslationOrigin): Promise<TerminologyIssue[]> {
  return db
    .selectFrom('terminologyIssues')
    .select(['segment', 'kind', 'termId', 'expected', 'found'])
    .where('storyId', '=', storyId)
    .where('language', '=', language)
    .where('origin', '=', origin)
    .orderBy('segment')
    .orderBy('id')
    .execute();
}

export async function countIssues(db: Kysely<Database>): Promise<IssueCount[]> {
  const rows = await db
    .selectFrom('terminologyIssues')
    .select((eb) => [
      'engine',
      'sourceLanguage',
      'language',
      'origin',
      eb.fn.sum<number>(sql`case when kind = 'forbidden' then 1 else 0 end`).as('forbidden'),
      eb.fn.sum<number>(sql`case when kind = 'missing' then 1 else 0 end`).as('missing'),
      sql<number>`count(distinct story_id)`.as('translations'),
    ])
    .groupBy(['engine', 'sourceLanguage', 'language', 'origin'])
    .orderBy('engine')
    .orderBy('sourceLanguage')
    .orderBy('language')
    .execute();
  return rows.map((row) => ({ ...row, forbidden: Number(row.forbidden), missing: Number(row.missing), translations: Number(row.translations) }));
}
