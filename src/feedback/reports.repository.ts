/**
 * Reads for the dashboard. Once a day is over it is rolled up three ways (per day and page, per day
 * without page, per month and page); a report reads whole months and the days at its ends from those,
 * and recent days straight from the answers, so a year over a million answers reads a few thousand rows.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { CommentQuery, Dimension, ExportedAnswer, RatingCount, ReportFilter, VisitorComment } from './report-types.ts';

export async function lastRolledDay(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('feedbackRolledDays')
    .select((eb) => eb.fn.max('day').as('day'))
    .executeTakeFirst();
  return row?.day ?? '0000-00-00';
}

/** Rolls up every finished day before `before` not yet rolled up; each day once, even across instances. */
export async function rollUpDaysBefore(db: Kysely<Database>, before: string): Promise<string[]> {
  const after = await lastRolledDay(db);
  const days = await db.selectFrom('feedbackAnswers').select('day').distinct().where('day', '>', after).where('day', '<', before).orderBy('day').execute();
  const rolled: string[] = [];
  for (const { day } of days) {
    await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('feedbackRolledDays')
        .values({ day })
        .onConflict((c) => c.column('day').doNothing())
        .executeTakeFirst();
      if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return;
      await trx
        .insertInto('feedbackRollups')
        .columns(['day', 'pagePath', 'language', 'sectionId', 'machineTranslated', 'rating', 'answers'])
        .expression(
          trx
            .selectFrom('feedbackAnswers')
            .select((eb) => [
              'day',
              'pagePath',
              'language',
              eb.fn.coalesce('sectionId', sql.lit(0)).as('sectionId'),
              'machineTranslated',
              'rating',
              eb.fn.countAll<number>().as('answers'),
            ])
            .where('day', '=', day)
            .groupBy(['day', 'pagePath', 'language', sql`coalesce(section_id, 0)`, 'machineTranslated', 'rating']),
        )
        .execute();
      await trx
        .insertInto('feedbackDayTotals')
        .columns(['day', 'language', 'sectionId', 'machineTranslated', 'rating', 'answers'])
        .expression(
          trx
            .selectFrom('feedbackRollups')
            .select((eb) => ['day', 'language', 'sectionId', 'machineTranslated', 'rating', eb.fn.sum<number>('answers').as('answers')])
            .where('day', '=', day)
            .groupBy(['day', 'language', 'sectionId', 'machineTranslated', 'rating']),
        )
        .execute();
      await trx
        .insertInto('feedbackMonthRollups')
        .columns(['month', 'pagePath', 'language', 'sectionId', 'machineTranslated', 'rating', 'answers'])
        .expression(
          trx
            .selectFrom('feedbackRollups')
            .select([sql<string>`${day.slice(0, 7)}`.as('month'), 'pagePath', 'language', 'sectionId', 'machineTranslated', 'rating', 'answers'])
            .where('day', '=', day),
        )
        .onConflict((c) =>
          c.columns(['month', 'pagePath', 'language', 'sectionId', 'machineTranslated', 'rating']).doUpdateSet((eb) => ({
            answers: eb(eb.ref('feedbackMonthRollups.answers'), '+', eb.ref('excluded.answers')),
          })),
        )
        .execute();
      rolled.push(day);
    });
  }
  return rolled;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** `YYYY-MM` moved by whole months. */
function shiftMonth(month: string, months: number): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 7);
}
const monthEnd = (month: string) => addDays(`${shiftMonth(month, 1)}-01`, -1);

/**
 * The rolled-up part of a period, as whole months (read from month rollups) and the days at either
 * end (read from day rollups). A period of a year reads twelve months and a few days.
 */
export function splitPeriod(from: string, to: string): { months: [string, string] | null; days: [string, string][] } {
  let firstMonth = from.slice(0, 7);
  if (!from.endsWith('-01')) firstMonth = shiftMonth(firstMonth, 1);
  let lastMonth = to.slice(0, 7);
  if (monthEnd(lastMonth) !== to) lastMonth = shiftMonth(lastMonth, -1);
  if (firstMonth > lastMonth) return { months: null, days: [[from, to]] };
  const days: [string, string][] = [];
  if (from < `${firstMonth}-01`) days.push([from, addDays(`${firstMonth}-01`, -1)]);
  if (to > monthEnd(lastMonth)) days.push([addDays(monthEnd(lastMonth), 1), to]);
  return { months: [firstMonth, lastMonth], days };
}

type Rollup = 'feedbackRollups' | 'feedbackMonthRollups' | 'feedbackDayTotals';

/** Answers per rating, grouped by one dimension, over rolled-up and recent days alike. */
export async function countAnswers(db: Kysely<Database>, dimension: Dimension, filter: ReportFilter, rolledUntil: string): Promise<RatingCount[]> {
  const key = (dimension === 'all' ? sql<string>`''` : sql<string | number>`${sql.ref(dimension)}`).as('key');
  const groups = dimension === 'all' ? [] : [sql.ref(dimension)];

  function rolledUp(table: Rollup, period: { column: 'day' | 'month'; from: string; to: string }) {
    let query = db
      .selectFrom(table)
      .select((eb) => [key, 'rating', eb.fn.sum<number>('answers').as('answers')])
      .where(sql.ref(period.column), '>=', period.from)
      .where(sql.ref(period.column), '<=', period.to);
    if (filter.language !== null) query = query.where('language', '=', filter.language);
    if (filter.sectionId !== null) query = query.where('sectionId', '=', filter.sectionId);
    return query.groupBy([...groups, 'rating']).execute();
  }

  const reads: Promise<{ key: string | number; rating: number; answers: number }[]>[] = [];
  const rolledTo = filter.to < rolledUntil ? filter.to : rolledUntil;
  if (filter.from <= rolledTo) {
    // Without pages, a day's totals are a few rows; with pages, whole months are far fewer rows than their days.
    const dayTable: Rollup = dimension === 'pagePath' ? 'feedbackRollups' : 'feedbackDayTotals';
    if (dimension === 'day') reads.push(rolledUp('feedbackDayTotals', { column: 'day', from: filter.from, to: rolledTo }));
    else {
      const { months, days } = splitPeriod(filter.from, rolledTo);
      if (months) reads.push(rolledUp('feedbackMonthRollups', { column: 'month', from: months[0], to: months[1] }));
      for (const [from, to] of days) reads.push(rolledUp(dayTable, { column: 'day', from, to }));
    }
  }

  const liveKey = dimension === 'sectionId' ? sql<number>`coalesce(section_id, 0)`.as('key') : key;
  let live = db
    .selectFrom('feedbackAnswers')
    .select((eb) => [liveKey, 'rating', eb.fn.countAll<number>().as('answers')])
    .where('day', '>', rolledUntil)
    .where('day', '>=', filter.from)
    .where('day', '<=', filter.to);
  if (filter.language !== null) live = live.where('language', '=', filter.language);
  if (filter.sectionId !== null) live = live.where(sql`coalesce(section_id, 0)`, '=', filter.sectionId);
  const liveGroups = dimension === 'all' ? [] : [dimension === 'sectionId' ? sql`coalesce(section_id, 0)` : sql.ref(dimension)];
  reads.push(live.groupBy([...liveGroups, 'rating']).execute());

  return (await Promise.all(reads)).flat().map((row) => ({ key: row.key, rating: Number(row.rating), answers: Number(row.answers) }));
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function answersIn(db: Kysely<Database>, filter: ReportFilter) {
  let query = db
    .selectFrom('feedbackAnswers')
    .where('createdAt', '>=', `${filter.from}T00:00:00.000Z`)
    .where('createdAt', '<', `${addDays(filter.to, 1)}T00:00:00.000Z`);
  if (filter.language !== null) query = query.where('language', '=', filter.language);
  if (filter.sectionId !== null) query = query.where(sql`coalesce(section_id, 0)`, '=', filter.sectionId);
  return query;
}

function commentsIn(db: Kysely<Database>, filter: ReportFilter, search: string) {
  let query = answersIn(db, filter).where('comment', 'is not', null);
  if (search) {
    const operator = dialectOf(db) === 'postgres' ? sql`ilike` : sql`like`;
    query = query.where(sql<boolean>`comment ${operator} ${likePattern(search)} escape '\\'`);
  }
  return query;
}

export async function listComments(db: Kysely<Database>, query: CommentQuery): Promise<{ rows: VisitorComment[]; total: number }> {
  const base = commentsIn(db, query.filter, query.search);
  const [rows, total] = await Promise.all([
    base
      .select(['id', 'createdAt', 'pagePath', 'language', 'rating', 'comment', 'commentHidden'])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map(({ commentHidden, comment, ...row }) => ({ ...row, comment: comment!, hidden: commentHidden === 1 })),
    total: Number(total.total),
  };
}

/** One page of answers in time order, after the given one (keyset paging keeps a long export cheap). */
export async function exportPage(
  db: Kysely<Database>,
  filter: ReportFilter,
  after: { createdAt: string; id: number } | null,
  limit: number,
): Promise<ExportedAnswer[]> {
  let query = answersIn(db, filter).select([
    'id',
    'createdAt',
    'pagePath',
    'language',
    'storyId',
    'sectionId',
    'machineTranslated',
    'device',
    'rating',
    'comment',
    'commentHidden',
  ]);
  if (after) {
    query = query.where((eb) => eb.or([eb('createdAt', '>', after.createdAt), eb.and([eb('createdAt', '=', after.createdAt), eb('id', '>', after.id)])]));
  }
  const rows = await query.orderBy('createdAt').orderBy('id').limit(limit).execute();
  return rows.map((row) => ({ ...row, machineTranslated: row.machineTranslated === 1, commentHidden: row.commentHidden === 1 }));
}
