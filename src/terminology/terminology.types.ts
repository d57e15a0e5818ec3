/** What the terminology check finds, segment by segment. */
import type { TranslationOrigin } from '../db/schema.ts';

export interface TerminologyIssue {
  /** Index of the segment in the story: title 0, then summary, body blocks and alt texts in order. */
  segment: number;
  /** A forbidden rendering found, or a forced term's target form (or a kept name) missing. */
  kind: 'forbidden' | 'missing';
  termId: number;
  /** What the glossary asks for: the target form, the name kept, or the rendering to use instead (may be empty). */
  expected: string;
  /** The forbidden rendering as found, or the source term whose rendering is missing. */
  found: string;
}

/** The findings of one check of one translation. */
export interface TerminologyReport {
  storyId: number;
  language: string;
  sourceLanguage: string;
  origin: TranslationOrigin;
  engine: string | null;
  issues: TerminologyIssue[];
}

/** Issues counted by engine (or null for people) and language pair. */
export interface IssueCount {
  engine: string | null;
  sourceLanguage: string;
  language: string;
  origin: TranslationOrigin;
  forbidden: number;
  missing: number;
  /** Translations with at least one issue. */
  translations: number;
}
