/** How much of the news reaches each official language, how late, and how well its readers are served. */

/** One story's translation into one language, as parity counts it. */
export type Coverage = 'original' | 'human' | 'reviewedMachine' | 'unreviewedMachine' | 'missing';

/** What parity needs to know of one story published in the period. */
export interface StoryCoverage {
  storyId: number;
  title: string;
  originalLanguage: string;
  originalPublishedAt: string;
  /** Published human translations by language: when, and whether the source changed since. */
  human: Record<string, { publishedAt: string; outOfDate: boolean }>;
  /** Machine translations by language, and whether a person reviewed the current one. */
  machine: Record<string, { reviewed: boolean }>;
}

export interface LanguageParity {
  language: string;
  stories: number;
  /** Counts of each coverage (the original counts as human). */
  human: number;
  reviewedMachine: number;
  unreviewedMachine: number;
  missing: number;
  /** Median hours from the original's publication to this language's, over human translations; null without any. */
  medianDelayHours: number | null;
  outOfDate: number;
  satisfaction: { answers: number; csat: number | null };
}

export interface ParityReport {
  from: string;
  to: string;
  stories: number;
  languages: LanguageParity[];
  /** Stories not published in a language, newest first. */
  missing: { storyId: number; title: string; language: string; originalLanguage: string }[];
}
