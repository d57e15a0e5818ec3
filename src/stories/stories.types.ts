/** Published news as pages show it: cards, listings, articles, and a story's original text. */
import type { LocalizedDate } from '../i18n/dates.ts';
import type { ImageView } from '../media/index.ts';

export interface StoryCard {
  storyId: number;
  title: string;
  summary: string;
  href: string;
  date: LocalizedDate;
  image: ImageView | null;
}

export interface Listing {
  items: StoryCard[];
  page: number;
  pages: number;
  total: number;
}

export interface Article {
  storyId: number;
  language: string;
  title: string;
  summary: string;
  bodyHtml: string;
  date: LocalizedDate;
  publishedAt: string;
  updatedAt: string;
  image: ImageView | null;
  /** Path of this story in each language it is published in. */
  versions: Record<string, string>;
  /** The language the story was written in, which machine translations start from. */
  originalLanguage: string;
  /** Its slug there, which machine translations' addresses use. */
  originalSlug: string;
  /** Its revision, which a machine translation must have been made from to be shown as reviewed. */
  originalRevision: number;
  latest: StoryCard[];
}

/** A story's original, published text: what machine translations are made from. */
export interface OriginalText {
  storyId: number;
  language: string;
  slug: string;
  revision: number;
  title: string;
  summary: string;
  bodyHtml: string;
}

/** A published story's original, and every language it has a published translation in (whose pages show that, not a machine's). */
export interface PublishedOriginal extends OriginalText {
  publishedIn: string[];
}

/**
 * A human translation; or where to find this story in this language; or, when nobody translated it
 * into this language, its original (whose slug the machine translation's address uses).
 */
export type ArticleLookup = { found: Article } | { redirectTo: string } | { untranslated: OriginalText };

export interface CreateStoryInput {
  featured?: boolean;
  heroImageId?: number | null;
  termIds?: number[];
  memberStates?: string[];
  translations: { language: string; slug?: string; title: string; summary: string; bodyHtml: string; publishedAt: string | null }[];
}

/** A story of a feed: the whole text of one translation, with its hero image. */
export interface FeedStory {
  storyId: number;
  language: string;
  title: string;
  summary: string;
  bodyHtml: string;
  /** The article's path. */
  href: string;
  publishedAt: string;
  updatedAt: string;
  /** When the story was first written: part of its feed entries' ids, which never change. */
  createdAt: string;
  image: ImageView | null;
}

/** A story's published translations, as sitemaps and hreflang alternates need them. */
export interface StoryVersions {
  storyId: number;
  original: { language: string; slug: string; revision: number };
  /** The original first, then the others as pages list them. */
  versions: { language: string; path: string; updatedAt: string }[];
}

/** A translation published lately, for the news sitemap. */
export interface RecentStory {
  storyId: number;
  language: string;
  title: string;
  path: string;
  publishedAt: string;
}
