/** The dashboard's and the export's filter, as the query string carries it and as reports read it. */
import { AppError } from '../http/app-error.ts';
import { dayOf } from './feedback.service.ts';
import { type Granularity, granularityFor, periodCount } from './report.ts';
import type { ReportFilter } from './report-types.ts';

export interface DashboardQuery {
  from?: string;
  to?: string;
  language?: string;
  section?: string;
  granularity?: Granularity;
  q?: string;
  offset?: number;
}

export type DashboardFilter = ReportFilter & { granularity: Granularity; q: string };

const DAY = '^(\\d{4}-\\d{2}-\\d{2})?$';
export const filterSchema = {
  type: 'object',
  properties: {
    from: { type: 'string', pattern: DAY },
    to: { type: 'string', pattern: DAY },
    language: { type: 'string', maxLength: 35 },
    section: { type: 'string', pattern: '^\\d{0,10}$' },
    granularity: { type: 'string', enum: ['day', 'week', 'month'] },
    q: { type: 'string', maxLength: 200 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000 },
  },
} as const;

const DEFAULT_DAYS = 30;

function isDay(day: string): boolean {
  return !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/** The filter as asked, defaulting to the last 30 days; impossible dates are a 400, not an empty report. */
export function readFilter(query: DashboardQuery, languages: readonly string[]): DashboardFilter {
  const today = dayOf(new Date());
  const to = query.to || today;
  const from = query.from || dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * 86_400_000));
  if (!isDay(from) || !isDay(to)) throw new AppError('report.dates_invalid', 'Dates must be real calendar days (YYYY-MM-DD)');
  if (from > to) throw new AppError('report.dates_invalid', 'The start date must not be after the end date');
  const language = query.language && languages.includes(query.language) ? query.language : null;
  const sectionId = query.section ? Number(query.section) : null;
  return { from, to, language, sectionId, granularity: query.granularity ?? granularityFor(from, to), q: (query.q ?? '').trim() };
}

export function filterQueryString(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    from: filter.from,
    to: filter.to,
    language: filter.language ?? '',
    section: filter.sectionId === null ? '' : String(filter.sectionId),
    granularity: filter.granularity,
    ...(filter.q ? { q: filter.q } : {}),
    ...extra,
  }).toString();
}

/** The longest range one dashboard covers; an earlier start moves forward to it. */
export const MAX_RANGE_YEARS = 10;
/** The most periods the trend draws (a year of days); a granularity that would draw more gives way to a coarser one. */
export const MAX_PERIODS = 366;

const COARSER: Record<Granularity, Granularity | null> = { day: 'week', week: 'month', month: null };

/** The filter a dashboard shows, and what was asked where it differs, so the page can say so. */
export interface BoundedFilter {
  filter: DashboardFilter;
  /** The start asked for, when it was moved forward. */
  askedFrom: string | null;
  /** The granularity asked for, when a coarser one replaced it. */
  askedGranularity: Granularity | null;
}

function earliestFrom(to: string): string {
  const date = new Date(`${to}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - MAX_RANGE_YEARS);
  date.setUTCDate(date.getUTCDate() + 1);
  return dayOf(date);
}

/**
 * Keeps what one link can make the dashboard draw bounded: at most MAX_RANGE_YEARS, and at most MAX_PERIODS
 * trend periods (day → week → month; ten years of months always fit). The export keeps the range it is given.
 */
export function boundForDashboard(asked: DashboardFilter): BoundedFilter {
  const earliest = earliestFrom(asked.to);
  const moved = asked.from < earliest;
  const from = moved ? earliest : asked.from;
  let granularity = asked.granularity;
  while (periodCount(from, asked.to, granularity) > MAX_PERIODS && COARSER[granularity]) granularity = COARSER[granularity]!;
  return {
    filter: { ...asked, from, granularity },
    askedFrom: moved ? asked.from : null,
    askedGranularity: granularity === asked.granularity ? null : asked.granularity,
  };
}
