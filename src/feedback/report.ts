/**
 * Turns answer counts (rating × one dimension) into what the dashboard shows: per-group summaries
 * and a trend over days, weeks or months with empty periods kept as gaps.
 */
import type { RatingCount } from './report-types.ts';
import { type Summary, summarize } from './statistics.ts';

export type Granularity = 'day' | 'week' | 'month';

export interface Group {
  key: string;
  counts: number[];
  summary: Summary;
}

const DAY_MS = 86_400_000;

/** Counts per rating for each key, largest groups first. */
export function groupCounts(rows: readonly RatingCount[]): Group[] {
  const byKey = new Map<string, number[]>();
  for (const row of rows) {
    const key = String(row.key);
    const counts = byKey.get(key) ?? [0, 0, 0, 0, 0];
    counts[row.rating - 1]! += row.answers;
    byKey.set(key, counts);
  }
  return [...byKey.entries()]
    .map(([key, counts]) => ({ key, counts, summary: summarize(counts) }))
    .sort((a, b) => b.summary.count - a.summary.count || a.key.localeCompare(b.key));
}

export function totalCounts(rows: readonly RatingCount[]): number[] {
  return groupCounts(rows)[0]?.counts ?? [0, 0, 0, 0, 0];
}

/** The first day of the period holding `day` (weeks start on Monday, as ISO 8601 has them). */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

function nextPeriod(start: string, granularity: Granularity): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (granularity === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (granularity === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** One group per period from `from` to `to`, periods without answers included (with no summary figures). */
export function trend(rowsByDay: readonly RatingCount[], from: string, to: string, granularity: Granularity): Group[] {
  const periods = new Map<string, number[]>();
  for (let start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity)) periods.set(start, [0, 0, 0, 0, 0]);
  for (const row of rowsByDay) {
    const counts = periods.get(periodStart(String(row.key), granularity));
    if (counts) counts[row.rating - 1]! += row.answers;
  }
  return [...periods.entries()].map(([key, counts]) => ({ key, counts, summary: summarize(counts) }));
}

/** How many periods the trend has from `from` to `to`, counted without listing them. */
export function periodCount(from: string, to: string, granularity: Granularity): number {
  const [first, last] = [periodStart(from, granularity), periodStart(to, granularity)];
  if (granularity === 'month') return (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  return (Date.parse(last) - Date.parse(first)) / (granularity === 'week' ? 7 * DAY_MS : DAY_MS) + 1;
}

/** A period length that keeps the trend readable: days for two months, weeks for a year, then months. */
export function granularityFor(from: string, to: string): Granularity {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  return days <= 62 ? 'day' : days <= 366 ? 'week' : 'month';
}
