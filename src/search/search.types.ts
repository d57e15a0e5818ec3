/** What a search is asked and what it answers, as plain data for the routes and views. */
import type { LocalizedDate } from '../i18n/dates.ts';
import type { TextPart } from './snippet.ts';

export type { TextPart };

export const RESULTS_PER_PAGE = 10;

/** A search as its address states it (see `src/http/canonical-search.ts`). */
export interface SearchInput {
  language: string;
  q: string;
  section?: string;
  tag?: string;
  /** ISO 3166-1 alpha-2 code of a Member State. */
  state?: string;
  /** Publication dates, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  page: number;
}

export interface SearchHit {
  storyId: number;
  /** The language of the story found, which may differ from the page's. */
  language: string;
  href: string;
  title: TextPart[];
  snippet: TextPart[];
  date: LocalizedDate;
  sections: { label: string; href: string }[];
}

export interface SearchOutcome {
  /** The words searched, as normalized. */
  query: string;
  /** False when the query held nothing to look for (no words, or only common ones). */
  searched: boolean;
  total: number;
  /** More stories matched than were ranked. */
  capped: boolean;
  page: number;
  pages: number;
  hits: SearchHit[];
  /** For a search that found nothing: the same search with a word fewer. */
  fewerWords: string[];
}
