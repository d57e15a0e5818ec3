/** Numbers and period names on the dashboard, in the staff member's language. */
import type { Granularity } from './report.ts';
import type { Summary } from './statistics.ts';
import type { FiguresView } from './views/dashboard-page.tsx';

export interface DashboardFormats {
  percent(share: number): string;
  number(n: number): string;
  mean(m: number): string;
}

/*
 * Intl formatters are costly to build and live outside the JavaScript heap, so a dashboard that built one per
 * period grew the process by a gigabyte. They are made once per staff language (a handful) and kept.
 */
const formats = new Map<string, DashboardFormats>();
const periodFormats = new Map<string, Intl.DateTimeFormat>();

export function formatsFor(language: string): DashboardFormats {
  const known = formats.get(language);
  if (known) return known;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language);
  const mean = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const made: DashboardFormats = {
    percent: (share) => percent.format(share),
    number: (n) => number.format(n),
    mean: (m) => mean.format(m),
  };
  formats.set(language, made);
  return made;
}

export function figuresOf(summary: Summary, format: DashboardFormats): FiguresView {
  const dash = '—';
  return {
    answers: format.number(summary.count),
    csat: summary.csat === null ? dash : format.percent(summary.csat),
    interval: summary.csatLow === null ? null : { low: format.percent(summary.csatLow), high: format.percent(summary.csatHigh!) },
    mean: summary.mean === null ? dash : format.mean(summary.mean),
  };
}

export function periodLabel(key: string, granularity: Granularity, language: string): string {
  const id = `${language} ${granularity}`;
  let format = periodFormats.get(id);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      granularity === 'month' ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(language, options);
    periodFormats.set(id, format);
  }
  return format.format(new Date(`${key}T00:00:00Z`));
}
