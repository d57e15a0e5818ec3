/**
 * The satisfaction survey: taking answers (bots, pages that exist, rate limits per visitor and per
 * address, one answer per visitor, page and day),
 * the settings administrators change, daily upkeep (rollups, comment retention, old salts and
 * windows) and the dashboard's figures.
 */

import { isbot } from 'isbot';
import type { Kysely } from 'kysely';
import { type ChangeBus, changeOfEverything } from '../changes/index.ts';
import { noOutbox, type Outbox } from '../db/outbox.ts';
import type { Database } from '../db/schema.ts';
import type { SettingsService } from '../site/index.ts';
import { createAnswerQueue } from './answer-queue.ts';
import { deleteRateWindowsBefore, eraseCommentsBefore, setCommentHidden } from './answers.repository.ts';
import { deviceClass } from './device-class.ts';
import { defaultTexts, type FeedbackSettings, readFeedbackSettings, textsIn, type WidgetTexts, writeFeedbackSettings } from './feedback-settings.ts';
import { createPageContexts, type PageDirectory } from './page-context.ts';
import { readPagePath } from './page-path.ts';
import type { CommentQuery, Dimension, ExportedAnswer, RatingCount, ReportFilter, VisitorComment } from './report-types.ts';
import * as reports from './reports.repository.ts';
import { summarize } from './statistics.ts';
import { createVisitorKeys } from './visitor-keys.ts';

export const MAX_COMMENT_LENGTH = 1000;
/** Answers one visitor may give in one window; a person reading several stories stays well under. */
export const ANSWERS_PER_WINDOW = 20;
/**
 * Answers one address may give in one window, whatever browser each names. An office, a delegation
 * or a campus reaches the site through one address, so this is five busy visitors' worth; a single
 * machine that renames its browser to pass for new visitors is held to it too.
 */
export const ADDRESS_ANSWERS_PER_WINDOW = 5 * ANSWERS_PER_WINDOW;
export const WINDOW_MINUTES = 10;

export interface Submission {
  rating: number;
  comment: string;
  /** As the visitor sent it. */
  pagePath: string;
  address: string;
  userAgent: string;
}

export type Refusal = 'automated' | 'page' | 'unknown_page' | 'rate_limited';
/** A saved answer names its page's canonical path, where the visitor goes back to. */
export type SubmitOutcome = { saved: true; pagePath: string } | { refused: Refusal };

export interface FeedbackService {
  submit(submission: Submission): Promise<SubmitOutcome>;
  widgetTexts(language: string): WidgetTexts;
  /** The catalog's wording, shown beside the administrator's. */
  defaultTexts(language: string): WidgetTexts;
  settings(): FeedbackSettings;
  load(): Promise<void>;
  updateSettings(settings: FeedbackSettings): Promise<void>;
  /** Rollups of finished days, comment retention, expired salts and windows. */
  upkeep(): Promise<void>;
  /** Answers per rating grouped by each of `dimensions`, in that order. */
  counts<const D extends readonly Dimension[]>(dimensions: D, filter: ReportFilter): Promise<{ -readonly [K in keyof D]: RatingCount[] }>;
  comments(query: CommentQuery): Promise<{ rows: VisitorComment[]; total: number }>;
  exportPage: (filter: ReportFilter, after: { createdAt: string; id: number } | null, limit: number) => Promise<ExportedAnswer[]>;
  setCommentHidden(answerId: number, hidden: boolean): Promise<boolean>;
  /** Answers and CSAT (share of the top two answers) per page language, over inclusive UTC days. */
  satisfactionByLanguage(from: string, to: string): Promise<{ language: string; answers: number; csat: number | null }[]>;
  /** Waits for answers still being written (at shutdown). */
  drain(): Promise<void>;
}

export interface FeedbackDeps {
  db: Kysely<Database>;
  changes: ChangeBus;
  pages: PageDirectory;
  /** Where the survey's own settings are stored. */
  settings: Pick<SettingsService, 'readFeatureSetting' | 'writeFeatureSetting'>;
  now?: () => Date;
  /** Where kept answers are written as `survey.answer` events, in their batch's transaction. */
  outbox?: Outbox;
}

const DAY_MS = 86_400_000;
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function windowStartOf(date: Date): string {
  const span = WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(date.getTime() / span) * span).toISOString();
}

export function createFeedbackService({ db, changes, pages, settings: store, now = () => new Date(), outbox = noOutbox }: FeedbackDeps): FeedbackService {
  const queue = createAnswerQueue(db, { perVisitor: ANSWERS_PER_WINDOW, perAddress: ADDRESS_ANSWERS_PER_WINDOW }, outbox);
  const visitors = createVisitorKeys(db);
  const contexts = createPageContexts(pages, changes);
  let current: FeedbackSettings = { texts: {}, commentRetentionDays: null };
  const wordings = new WeakMap<FeedbackSettings, Map<string, WidgetTexts>>();

  const load = async () => {
    current = await readFeedbackSettings(store);
  };
  changes.onReload(async (change) => {
    if ('everything' in change) await load();
  });

  return {
    load,
    async submit(submission) {
      if (isbot(submission.userAgent) || submission.userAgent === '') return { refused: 'automated' };
      const named = readPagePath(submission.pagePath);
      if ('refused' in named) return named;
      const context = await contexts.of(named);
      if (!context) return { refused: 'unknown_page' };
      const at = now();
      const day = dayOf(at);
      const keys = await visitors.keysOf(submission.address, submission.userAgent, day);
      const kept = await queue.submit({
        visitorKey: keys.visitor,
        addressKey: keys.address,
        day,
        pagePath: named.path,
        ...context,
        device: deviceClass(submission.userAgent),
        rating: submission.rating,
        comment: submission.comment.trim() || null,
        createdAt: at.toISOString(),
        windowStart: windowStartOf(at),
      });
      return kept ? { saved: true, pagePath: named.path } : { refused: 'rate_limited' };
    },
    widgetTexts(language) {
      // The same object for as long as the settings stand: pages keep the survey rendered per wording.
      let byLanguage = wordings.get(current);
      if (!byLanguage) {
        byLanguage = new Map();
        wordings.set(current, byLanguage);
      }
      let texts = byLanguage.get(language);
      if (!texts) {
        texts = textsIn(current, language);
        byLanguage.set(language, texts);
      }
      return texts;
    },
    defaultTexts,
    settings: () => current,
    async updateSettings(settings) {
      current = await writeFeedbackSettings(store, settings);
      // The survey is on every page.
      await changes.publish(changeOfEverything());
    },
    async upkeep() {
      const at = now();
      // Yesterday stays live: an answer taken just before midnight may still be on its way to disk.
      await reports.rollUpDaysBefore(db, dayOf(new Date(at.getTime() - DAY_MS)));
      await deleteRateWindowsBefore(db, windowStartOf(new Date(at.getTime() - WINDOW_MINUTES * 60_000)));
      if (current.commentRetentionDays !== null) {
        await eraseCommentsBefore(db, new Date(at.getTime() - current.commentRetentionDays * DAY_MS).toISOString());
      }
    },
    async counts(dimensions, filter) {
      const rolledUntil = await reports.lastRolledDay(db);
      const counted = await Promise.all(dimensions.map((dimension) => reports.countAnswers(db, dimension, filter, rolledUntil)));
      return counted as { -readonly [K in keyof typeof dimensions]: RatingCount[] };
    },
    comments: (query) => reports.listComments(db, query),
    exportPage: (filter, after, limit) => reports.exportPage(db, filter, after, limit),
    setCommentHidden: (answerId, hidden) => setCommentHidden(db, answerId, hidden),
    async satisfactionByLanguage(from, to) {
      const counts = await reports.countAnswers(db, 'language', { from, to, language: null, sectionId: null }, await reports.lastRolledDay(db));
      const byLanguage = new Map<string, number[]>();
      for (const count of counts) {
        const ratings = byLanguage.get(String(count.key)) ?? [0, 0, 0, 0, 0];
        ratings[count.rating - 1] = (ratings[count.rating - 1] ?? 0) + count.answers;
        byLanguage.set(String(count.key), ratings);
      }
      return [...byLanguage].map(([language, ratings]) => {
        const { count, csat } = summarize(ratings);
        return { language, answers: count, csat };
      });
    },
    drain: () => queue.drain(),
  };
}
