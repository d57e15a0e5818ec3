/** What the newsroom works with: stories' filing, translations in any status, their revisions, the list. */
import type { TranslationOrigin, TranslationStatus } from '../db/schema.ts';

export interface StoryFiling {
  id: number;
  featured: boolean;
  heroImageId: number | null;
  createdBy: number | null;
  termIds: number[];
  memberStates: string[];
}

export interface TranslationContent {
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
}

/** One language of a story as staff see it, whatever its status. */
export interface EditorialTranslation extends TranslationContent {
  id: number;
  storyId: number;
  language: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
  /** Bumped by every save. */
  revision: number;
  /** The translation this one was translated from, and that one's revision at the time. */
  sourceLanguage: string | null;
  sourceRevision: number | null;
}

/** A translation's content as one save left it. */
export interface Revision extends TranslationContent {
  revision: number;
  status: TranslationStatus;
  savedBy: number | null;
  savedAt: string;
}

/** A line of a translation's history. */
export interface RevisionSummary {
  revision: number;
  status: TranslationStatus;
  savedAt: string;
  savedByName: string | null;
  title: string;
}

export interface StoriesListFilter {
  language?: string;
  status?: TranslationStatus;
  termId?: number;
  authorId?: number;
  text?: string;
}

export interface StoriesListEntry {
  storyId: number;
  language: string;
  title: string;
  status: TranslationStatus;
  updatedAt: string;
  authorName: string | null;
  outOfDate: boolean;
}
