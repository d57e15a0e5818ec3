/** Readers' reports of a bad paragraph on a machine-translated page, and what reviewers did with them. */
import type { ReportProblem, ReportStatus } from '../db/schema.ts';

export type { ReportProblem, ReportStatus } from '../db/schema.ts';

export const PROBLEMS: readonly ReportProblem[] = ['meaning', 'term', 'unreadable', 'offensive'];
export const STATUSES: readonly ReportStatus[] = ['open', 'fixed', 'termed', 'dismissed'];

export interface TranslationReport {
  id: number;
  storyId: number;
  language: string;
  sourceLanguage: string;
  engine: string;
  segment: number;
  sourceHash: string;
  sourceHtml: string;
  translatedHtml: string;
  problem: ReportProblem;
  suggestion: string | null;
  status: ReportStatus;
  createdAt: string;
  resolvedAt: string | null;
}

export interface NewReport extends Omit<TranslationReport, 'id' | 'status' | 'createdAt' | 'resolvedAt'> {
  createdAt: string;
}

/** Reports counted by engine and language pair. */
export interface ReportCount {
  engine: string;
  sourceLanguage: string;
  language: string;
  open: number;
  total: number;
}
