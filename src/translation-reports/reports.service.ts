/**
 * Readers' reports of bad machine translation, paragraph by paragraph, and the reviewers' answers. Reports are
 * taken as the survey takes answers: no address kept (the survey's daily-salted visitor key, from `feedback`),
 * known bots refused, at most `REPORTS_PER_WINDOW` per visitor and `ADDRESS_REPORTS_PER_WINDOW` per address in `WINDOW_MINUTES`, counted in the database so
 * every instance counts together. A reviewer corrects the segment in the translation memory (for every story
 * holding it), adds a glossary term, or dismisses the report; each in the audit log.
 */
import { isbot } from 'isbot';
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/index.ts';
import type { Database } from '../db/schema.ts';
import type { VisitorKeys } from '../feedback/index.ts';
import type { GlossaryService } from '../glossary/index.ts';
import { AppError } from '../http/app-error.ts';
import * as repo from './reports.repository.ts';
import type { ReportCount, ReportProblem, ReportStatus, TranslationReport } from './reports.types.ts';

export const MAX_SUGGESTION_LENGTH = 1000;
export const REPORTS_PER_WINDOW = 10;
/** An office behind one address has many readers; several times a reader's allowance holds them all. */
export const ADDRESS_REPORTS_PER_WINDOW = 5 * REPORTS_PER_WINDOW;
export const WINDOW_MINUTES = 10;
const QUEUE_LIMIT = 200;

/** What the reports need of machine translation (its service). */
export interface ReportedSegments {
  segmentAt(
    storyId: number,
    language: string,
    block: number,
  ): Promise<{ segment: number; sourceHash: string; sourceHtml: string; translatedHtml: string; engine: string; sourceLanguage: string } | null>;
  segmentByKey(storyId: number, language: string, sourceHash: string): Promise<{ translatedHtml: string } | null>;
  correct(storyId: number, language: string, sourceHash: string, html: string): Promise<number[]>;
}

export interface ReportSubmission {
  storyId: number;
  language: string;
  /** The leaf block, 0-based. */
  block: number;
  problem: ReportProblem;
  suggestion: string;
  address: string;
  userAgent: string;
}

export type ReportOutcome = { saved: true } | { refused: 'automated' | 'rate_limited' | 'segment_unknown' };

export interface ReportsService {
  submit(submission: ReportSubmission): Promise<ReportOutcome>;
  list(status: ReportStatus | null): Promise<TranslationReport[]>;
  report(id: number): Promise<TranslationReport>;
  /** The segment as it reads now (after earlier corrections). */
  currentTranslation(report: TranslationReport): Promise<string | null>;
  fix(id: number, html: string, userId: number): Promise<void>;
  addTerm(id: number, term: { kind: string; term: string; translation: string }, userId: number): Promise<void>;
  dismiss(id: number, userId: number): Promise<void>;
  counts(): Promise<ReportCount[]>;
  upkeep(): Promise<void>;
}

export interface ReportsDeps {
  db: Kysely<Database>;
  segments: ReportedSegments;
  glossary: Pick<GlossaryService, 'add'>;
  audit: Pick<AuditService, 'record'>;
  visitors: VisitorKeys;
  now?: () => Date;
}

function windowStartOf(date: Date): string {
  const span = WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(date.getTime() / span) * span).toISOString();
}

export function createReportsService({ db, segments, glossary, audit, visitors, now = () => new Date() }: ReportsDeps): ReportsService {
  async function open(id: number): Promise<TranslationReport> {
    const report = await repo.findReport(db, id);
    if (!report) throw new AppError('translation_report.not_found', `No report ${id}`);
    return report;
  }

  return {
    async submit(submission) {
      if (submission.userAgent === '' || isbot(submission.userAgent)) return { refused: 'automated' };
      const at = now();
      const keys = await visitors.keysOf(submission.address, submission.userAgent, at.toISOString().slice(0, 10));
      const window = windowStartOf(at);
      // Counted per visitor and per address, as the survey counts: a browser's name is whatever the sender says.
      const [byVisitor, byAddress] = [await repo.countInWindow(db, keys.visitor, window), await repo.countInWindow(db, keys.address, window)];
      if (byVisitor > REPORTS_PER_WINDOW || byAddress > ADDRESS_REPORTS_PER_WINDOW) return { refused: 'rate_limited' };
      const segment = await segments.segmentAt(submission.storyId, submission.language, submission.block);
      if (!segment) return { refused: 'segment_unknown' };
      await repo.insertReport(db, {
        storyId: submission.storyId,
        language: submission.language,
        ...segment,
        problem: submission.problem,
        suggestion: submission.suggestion.trim() || null,
        createdAt: at.toISOString(),
      });
      return { saved: true };
    },
    list: (status) => repo.listReports(db, status, QUEUE_LIMIT),
    report: open,
    async currentTranslation(report) {
      return (await segments.segmentByKey(report.storyId, report.language, report.sourceHash))?.translatedHtml ?? null;
    },
    async fix(id, html, userId) {
      const report = await open(id);
      const stories = await segments.correct(report.storyId, report.language, report.sourceHash, html);
      await repo.resolveReports(db, report, 'fixed', userId, now().toISOString(), true);
      await audit.record(userId, 'translation.correct', `story:${report.storyId}/${report.language}`, { report: id, segment: report.segment, stories });
    },
    async addTerm(id, term, userId) {
      const report = await open(id);
      const entry = await glossary.add(
        { kind: term.kind, sourceLanguage: report.sourceLanguage, targetLanguage: report.language, term: term.term, translation: term.translation, note: '' },
        userId,
      );
      await repo.resolveReports(db, report, 'termed', userId, now().toISOString(), false);
      await audit.record(userId, 'translation_report.term', `story:${report.storyId}/${report.language}`, { report: id, glossary: entry.id });
    },
    async dismiss(id, userId) {
      const report = await open(id);
      await repo.resolveReports(db, report, 'dismissed', userId, now().toISOString(), false);
      await audit.record(userId, 'translation_report.dismiss', `story:${report.storyId}/${report.language}`, { report: id });
    },
    counts: () => repo.countReports(db),
    async upkeep() {
      await repo.deleteWindowsBefore(db, windowStartOf(new Date(now().getTime() - WINDOW_MINUTES * 60_000)));
    },
  };
}
