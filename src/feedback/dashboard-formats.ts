/** Numbers and period names on the dashboard, in the staff member's language. */
import type { Granularity } from './report.ts';
import type { Summary } from './statistics.ts';
import type { FiguresView } from './views/dashboard-page.tsx';

export interface DashboardFormats {
  percent(share: number): string;
  number(n: number): string;
  mean(m: number): string;
}

export function formatsFor(language: string): DashboardFormats {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language);
  const mean = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return { percent: (share) => percent.format(share), number: (n) => number.format(n), mean: (m) => mean.format(m) };
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
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month' ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(new Date(`${key}T00:00:00Z`));
}
