/** The rules of reading published news: listings, the home page, articles; and publishing on time. */
import type { Kysely } from 'kysely';
import { type ChangeBus, contentKeys } from '../changes/index.ts';
import { noOutbox, type Outbox } from '../db/outbox.ts';
import type { Database, TranslationStatus } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../http/app-error.ts';
import { paths } from '../http/urls.ts';
import { localizeDate } from '../i18n/dates.ts';
import type { ImageView, MediaService } from '../media/index.ts';
import type { SearchIndexer } from '../search/index.ts';
import type { SettingsService } from '../site/index.ts';
import { writePublicationEvents } from './publication-events.ts';
import * as repo from './stories.repository.ts';
import type {
  Article,
  ArticleLookup,
  CreateStoryInput,
  FeedStory,
  Listing,
  OriginalText,
  PublishedOriginal,
  RecentStory,
  StoryCard,
  StoryVersions,
} from './stories.types.ts';
import { createStory } from './story-creation.ts';
import * as syndication from './syndication.repository.ts';

export const PAGE_SIZE = 12;
const LATEST_ASIDE_SIZE = 5;

export type ListingScope = Omit<repo.ListingFilter, 'now'>;

export interface StoriesService {
  listing(scope: ListingScope, page: number): Promise<Listing>;
  /** How many pages a listing has (at least one, which is then empty). */
  listingPages(scope: ListingScope): Promise<number>;
  home(language: string, page: number): Promise<{ featured: StoryCard | null; latest: Listing }>;
  article(language: string, slug: string): Promise<ArticleLookup>;
  /** A translation in any status, shown as its public page will show it once published. */
  previewArticle(storyId: number, language: string): Promise<Article>;
  /** Tells every cache that a story's pages in these languages changed (call after committing). */
  announceStory(storyId: number, languages: Iterable<string>): Promise<void>;
  /** Creates a story; translations dated in the future are scheduled, undated ones are drafts. */
  createStory(input: CreateStoryInput): Promise<number>;
  /** Publishes scheduled translations whose time has come; returns how many this call published. */
  publishDue(): Promise<number>;
  countStories(): Promise<number>;
  countTranslationsByStatus(): Promise<{ language: string; status: TranslationStatus; count: number }[]>;
  countByMemberState(language: string): Promise<Map<string, number>>;
  /** The story's published original, which machine translations are made from. */
  original(storyId: number): Promise<OriginalText | null>;
  /** Every published story's original, newest story first (the CLI's machine translation warm-up). */
  originals(): Promise<PublishedOriginal[]>;
  /** The article as a machine translation shows it: the original's page with the translated text. */
  machineArticle(storyId: number, language: string, text: { title: string; summary: string; bodyHtml: string }): Promise<Article>;
  /** The story a public article page shows, and whether its text came from a machine. */
  storyOfPage(language: string, slug: string): Promise<{ storyId: number; machineTranslated: boolean } | null>;
  /** The newest stories of a listing with their whole text and hero image, newest first (feeds). */
  feedStories(scope: ListingScope, limit: number): Promise<FeedStory[]>;
  countPublishedIn(language: string): Promise<number>;
  /** Stories published in a language, in id order: `offset` of them skipped, or those after `afterStoryId`. */
  storyIdsPublishedIn(language: string, page: { afterStoryId: number; offset: number; limit: number }): Promise<number[]>;
  /** The published translations of these stories (those with none are absent). */
  versionsOf(storyIds: readonly number[]): Promise<Map<number, StoryVersions>>;
  /** When the listings of a language last changed: any story, each section or tag, each Member State. */
  latestChanges(language: string): Promise<{ all: string | null; terms: Map<number, string>; memberStates: Map<string, string> }>;
  /** Translations published since `since`, newest first, in every language. */
  publishedSince(since: string, limit: number): Promise<RecentStory[]>;
}

function originalText({ storyId, language, slug, revision, title, summary, bodyHtml }: OriginalText): OriginalText {
  return { storyId, language, slug, revision, title, summary, bodyHtml };
}

export interface StoriesDeps {
  db: Kysely<Database>;
  media: MediaService;
  settings: SettingsService;
  changes: ChangeBus;
  /** Where publications are written as events, in their transaction. */
  outbox?: Outbox;
  /** Told of every story created and every translation published, in the same transaction. */
  searchIndex: Pick<SearchIndexer, 'refreshStories'>;
}

export function createStoriesService(deps: StoriesDeps): StoriesService {
  const { db, media, settings, changes, outbox = noOutbox, searchIndex } = deps;
  const now = () => new Date().toISOString();

  /** Tells every copy of published content that a story's pages in these languages changed. */
  async function announce(storyId: number, languages: Iterable<string>): Promise<void> {
    const filing = await repo.filingOfStory(db, storyId);
    const keys = [
      contentKeys.story(storyId),
      ...[...languages].flatMap((language) => [contentKeys.home(language), contentKeys.latest(language), contentKeys.memberStates(language)]),
      ...filing.termIds.map(contentKeys.term),
      ...filing.memberStates.map(contentKeys.memberState),
    ];
    await changes.publish({ keys });
  }

  /** Cards for summaries; `alsoImages` are fetched in the same lookup, for the caller's own use. */
  async function toCards(
    language: string,
    summaries: repo.StorySummary[],
    alsoImages: number[] = [],
  ): Promise<{ cards: StoryCard[]; images: Map<number, ImageView> }> {
    const imageIds = [...summaries.flatMap((s) => (s.heroImageId === null ? [] : [s.heroImageId])), ...alsoImages];
    const images = await media.imageViews(imageIds, language, settings.current().defaultLanguage);
    const cards = summaries.map((s) => ({
      storyId: s.storyId,
      title: s.title,
      summary: s.summary,
      href: paths.article(language, s.slug),
      date: localizeDate(s.publishedAt, language),
      image: s.heroImageId === null ? null : (images.get(s.heroImageId) ?? null),
    }));
    return { cards, images };
  }

  async function buildArticle(found: repo.PublishedArticle, language: string, at: string): Promise<Article> {
    const [versions, latestSummaries] = await Promise.all([
      repo.listPublishedVersions(db, found.storyId, at),
      repo.listPublished(db, { language, now: at, excludeStoryId: found.storyId }, { limit: LATEST_ASIDE_SIZE, offset: 0 }),
    ]);
    // The hero image and the aside's images in one lookup.
    const latest = await toCards(language, latestSummaries, found.heroImageId === null ? [] : [found.heroImageId]);
    const images = latest.images;
    // A preview may show a story nothing of which is published yet: it is then its own original.
    const original: { language: string; slug: string; revision?: number } = versions[0] ?? { language, slug: found.slug };
    return {
      storyId: found.storyId,
      language,
      originalLanguage: original.language,
      originalSlug: original.slug,
      originalRevision: original.revision ?? 0,
      title: found.title,
      summary: found.summary,
      bodyHtml: found.bodyHtml,
      date: localizeDate(found.publishedAt, language),
      publishedAt: found.publishedAt,
      updatedAt: found.updatedAt,
      image: found.heroImageId === null ? null : (images.get(found.heroImageId) ?? null),
      versions: Object.fromEntries(versions.map((v) => [v.language, paths.article(v.language, v.slug)])),
      latest: latest.cards,
    };
  }

  const pagesOf = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

  async function listingOf(scope: ListingScope, page: number, alsoCards: repo.StorySummary[] = []): Promise<{ listing: Listing; extraCards: StoryCard[] }> {
    const filter = { ...scope, now: now() };
    const total = await repo.countPublished(db, filter);
    const pages = pagesOf(total);
    if (page > pages) throw new AppError('page.past_last', `Page ${page} is past the last page (${pages})`);
    const summaries = await repo.listPublished(db, filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const { cards } = await toCards(scope.language, [...alsoCards, ...summaries]);
    return { listing: { items: cards.slice(alsoCards.length), page, pages, total }, extraCards: cards.slice(0, alsoCards.length) };
  }

  const listing = async (scope: ListingScope, page: number) => (await listingOf(scope, page)).listing;

  return {
    listing,
    listingPages: async (scope) => pagesOf(await repo.countPublished(db, { ...scope, now: now() })),

    async home(language, page) {
      const featured = page === 1 ? await repo.findFeatured(db, language, now()) : undefined;
      // The featured card is made with the listing's, in one image lookup.
      const { listing: latest, extraCards } = await listingOf({ language, excludeStoryId: featured?.storyId }, page, featured ? [featured] : []);
      return { featured: extraCards[0] ?? null, latest };
    },

    async article(language, slug) {
      const at = now();
      const found = await repo.findPublishedBySlug(db, language, slug, at);
      if (found) return { found: await buildArticle(found, language, at) };
      const storyId = await repo.findStoryIdByPublishedSlug(db, slug, at);
      const published = storyId === undefined ? [] : await repo.listPublishedVersions(db, storyId, at);
      const version = published.find((v) => v.language === language);
      if (version) return { redirectTo: paths.article(language, version.slug) };
      // Only a published slug leads anywhere: a draft's must not reveal the story.
      const original = published.some((v) => v.slug === slug) ? await repo.findOriginal(db, storyId!, at) : undefined;
      if (!original) throw new AppError('story.not_found', `No published story "${slug}" in ${language}`);
      if (original.slug !== slug) return { redirectTo: paths.article(language, original.slug) };
      return { untranslated: originalText(original) };
    },

    async previewArticle(storyId, language) {
      const translation = await repo.findAnyTranslation(db, storyId, language);
      if (!translation) throw new AppError('story.not_translated', `Story ${storyId} has no ${language} translation`);
      const at = now();
      const article = await buildArticle({ ...translation, publishedAt: translation.publishedAt ?? at }, language, at);
      // Its own language links to the preview's public address-to-be, even before publication.
      return { ...article, versions: { ...article.versions, [language]: paths.article(language, translation.slug) } };
    },

    announceStory: announce,

    createStory: (input) => createStory(db, input, announce, outbox, searchIndex),

    async publishDue() {
      const at = now();
      const published = await inTransaction(db, async (trx) => {
        const rows = await repo.publishDueTranslations(trx, at);
        await writePublicationEvents(trx, outbox, rows, at);
        await searchIndex.refreshStories(
          trx,
          rows.map((row) => row.storyId),
        );
        return rows;
      });
      const languagesByStory = Map.groupBy(published, (row) => row.storyId);
      for (const [storyId, rows] of languagesByStory)
        await announce(
          storyId,
          rows.map((row) => row.language),
        );
      return published.length;
    },

    countStories: () => repo.countStories(db),
    countTranslationsByStatus: () => repo.countTranslationsByStatus(db),
    countByMemberState: (language) => repo.countPublishedByMemberState(db, language, now()),
    async original(storyId) {
      const found = await repo.findOriginal(db, storyId, now());
      return found ? originalText(found) : null;
    },

    async originals() {
      const at = now();
      const result: PublishedOriginal[] = [];
      // The same choice of original as the story's pages make, story by story.
      for (const { storyId, languages } of await syndication.listPublishedLanguages(db, at)) {
        const found = await repo.findOriginal(db, storyId, at);
        if (found) result.push({ ...originalText(found), publishedIn: languages });
      }
      return result;
    },

    async machineArticle(storyId, language, text) {
      const at = now();
      const original = await repo.findOriginal(db, storyId, at);
      if (!original) throw new AppError('story.not_found', `Story ${storyId} is not published`);
      return buildArticle({ ...original, ...text }, language, at);
    },

    async feedStories(scope, limit) {
      const found = await syndication.listPublishedFull(db, { ...scope, now: now() }, limit);
      const ids = found.flatMap((story) => (story.heroImageId === null ? [] : [story.heroImageId]));
      const images = await media.imageViews(ids, scope.language, settings.current().defaultLanguage);
      return found.map((story) => ({
        storyId: story.storyId,
        language: story.language,
        title: story.title,
        summary: story.summary,
        bodyHtml: story.bodyHtml,
        href: paths.article(story.language, story.slug),
        publishedAt: story.publishedAt,
        updatedAt: story.updatedAt,
        createdAt: story.createdAt,
        image: story.heroImageId === null ? null : (images.get(story.heroImageId) ?? null),
      }));
    },

    countPublishedIn: (language) => repo.countPublished(db, { language, now: now() }),
    storyIdsPublishedIn: (language, page) => syndication.listPublishedStoryIds(db, language, now(), page),

    async versionsOf(storyIds) {
      const rows = await repo.listPublishedVersionsOf(db, storyIds, now());
      return new Map(
        [...Map.groupBy(rows, (row) => row.storyId)].map(([storyId, versions]) => [
          storyId,
          {
            storyId,
            original: { language: versions[0]!.language, slug: versions[0]!.slug, revision: versions[0]!.revision },
            versions: versions.map((v) => ({ language: v.language, path: paths.article(v.language, v.slug), updatedAt: v.updatedAt })),
          },
        ]),
      );
    },

    latestChanges: (language) => syndication.latestChangesIn(db, language, now()),

    async publishedSince(since, limit) {
      const rows = await syndication.listPublishedSince(db, since, now(), limit);
      return rows.map((row) => ({
        storyId: row.storyId,
        language: row.language,
        title: row.title,
        path: paths.article(row.language, row.slug),
        publishedAt: row.publishedAt,
      }));
    },

    async storyOfPage(language, slug) {
      const found = await repo.findPublishedOrigin(db, language, slug, now());
      if (found) return { storyId: found.storyId, machineTranslated: found.origin === 'machine' };
      // No human translation here: the page shows the story's machine translation under its original's
      // slug, unless the story is published in this language, to whose own slug `article` redirects.
      const at = now();
      const storyId = await repo.findStoryIdByPublishedSlug(db, slug, at);
      const published = storyId === undefined ? [] : await repo.listPublishedVersions(db, storyId, at);
      const shown = published[0]?.slug === slug && !published.some((version) => version.language === language);
      return shown ? { storyId: storyId!, machineTranslated: true } : null;
    },
  };
}
