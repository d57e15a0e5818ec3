/** The only SQL of readers' reports: the reports, and the rate-limit windows counting them per visitor. */
import { type Kysely, sql } from 'kysely';
import type { Database, ReportStatus } from '../db/schema.ts';
import type { NewReport, ReportCount, TranslationReport } from './reports.types.ts';

const COLUMNS = [
  'id',
  'storyId',
  'language',
  'sourceLanguage',
  'engine',
  'segment',
  'sourceHash',
  'sourceHtml',
  'translatedHtml',
  'problem',
  'suggestion',
  'status',
  'createdAt',
  'resolvedAt',
] as const;

/** Counts one report in the visitor's window and returns the window's count, this one included (atomic). */
export async function countInWindow(db: Kysely<Database>, visitorKey: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('translationReportWindows')
    .values({ visitorKey, windowStart, reports: 1 })
    .onConflict((c) => c.columns(['visitorKey', 'windowStart']).doUpdateSet((eb) => ({ reports: eb(eb.ref('translationReportWindows.reports'), '+', 1) })))
    .returning('reports')
    .executeTakeFirstOrThrow();
  return row.reports;
}

export async function deleteWindowsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('translationReportWindows').where('windowStart', '<', before).execute();
}

export async function insertReport(db: Kysely<Database>, report: NewReport): Promise<number> {
  const row = await db.insertInto('translationReports').values(report).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findReport(db: Kysely<Database>, id: number): Promise<TranslationReport | undefined> {
  return db.selectFrom('translationReports').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function listReports(db: Kysely<Database>, status: ReportStatus | null, limit: number): Promise<TranslationReport[]> {
  let query = db.selectFrom('translationReports').select(COLUMNS);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** Resolves every open report of the same segment at once: one correction answers them all. */
export async function resolveReports(
  db: Kysely<Database>,
  report: Pick<TranslationReport, 'id' | 'language' | 'sourceHash'>,
  status: ReportStatus,
  userId: number,
  at: string,
  sameSegment: boolean,
): Promise<void> {
  let query = db.updateTable('translationReports').set({ status, resolvedAt: at, resolvedBy: userId });
  query = sameSegment
    ? query.where('language', '=', report.language).where('sourceHash', '=', report.sourceHash).where('status', '=', 'open')
    : query.where('id', '=', report.id);
  await query.execute();
}

export async function countReports(db: Kysely<Database>): Promise<ReportCount[]> {
  const rows = await db
    .selectFrom('translationReports')
    .select((eb) => [
      'engine',
      'sourceLanguage',
      'language',
      eb.fn.sum<number>(sql`case when status = 'open' then 1 else 0 end`).as('open'),
      eb.fn.countAll<number>().as('total'),
    ])
    .groupBy(['engine', 'sourceLanguage', 'language'])
    .orderBy('engine')
    .orderBy('sourceLanguage')
    .orderBy('language')
    .execute();
  return rows.map((row) => ({ ...row, open: Number(row.open), total: Number(row.total) }));
}
