/**
 * What a language's sitemaps list, in three series, each split into files: `listings` (home, Member
 * States, and every section, tag and Member State with a story in that language), `articles` (its
 * human translations) and `reviewed` (machine translations an editor reviewed). Every entry carries the
 * page's own hreflang alternates, computed by the page renderer's `alternatesOf` from the same versions
 * the page is rendered with. Nothing here holds more than one batch of stories at a time.
 */
import type { TermKind } from '../db/schema.ts';
import { paths } from '../http/urls.ts';
import type { PageRenderer } from '../site/index.ts';
import type { StoriesService, StoryVersions } from '../stories/index.ts';

export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
  alternates: { hreflang: string; href: string }[];
}

export type SeriesName = 'listings' | 'articles' | 'reviewed';
export const SERIES: readonly SeriesName[] = ['listings', 'articles', 'reviewed'];

export interface ReviewedPageSource {
  reviewedPagesOf(stories: readonly StoryVersions[]): Promise<Map<number, { language: string; path: string; updatedAt: string }[]>>;
  reviewedCandidates(language: string, afterStoryId: number, limit: number): Promise<number[]>;
  reviewedLanguages(): Promise<string[]>;
}

export interface ListingSource {
  terms(kind: TermKind, language: string): Promise<{ id: number; slug: string }[]>;
  memberStateIndex(language: string): Promise<{ code: string }[]>;
}

export interface SeriesDeps {
  stories: Pick<StoriesService, 'countPublishedIn' | 'storyIdsPublishedIn' | 'versionsOf' | 'latestChanges'>;
  machine: ReviewedPageSource;
  taxonomy: ListingSource;
  pages: Pick<PageRenderer, 'alternatesOf' | 'allLanguages' | 'absoluteUrl'>;
  siteLanguages(): string[];
}

export interface Series {
  count(language: string): Promise<number>;
  entries(language: string, offset: number, limit: number): AsyncIterable<SitemapEntry>;
}

/** Stories read per query. */
const BATCH = 500;

export function createSeries(deps: SeriesDeps): Record<SeriesName, Series> {
  const { stories, machine, taxonomy, pages } = deps;
  const entry = (path: string, lastmod: string | null, versions: Record<string, string>): SitemapEntry => ({
    loc: pages.absoluteUrl(path),
    lastmod,
    alternates: pages.alternatesOf(versions),
  });

  /** Each story's versions as its pages have them: human translations, then reviewed machine ones. */
  async function editionsOf(storyIds: number[]) {
    const versions = await stories.versionsOf(storyIds);
    const reviewed = await machine.reviewedPagesOf([...versions.values()]);
    return new Map(
      [...versions].map(([storyId, story]) => {
        const human = story.versions.map((v) => ({ language: v.language, path: v.path, updatedAt: v.updatedAt }));
        const all = [...human, ...(reviewed.get(storyId) ?? [])];
        return [storyId, { all, paths: Object.fromEntries(all.map((v) => [v.language, v.path])) }];
      }),
    );
  }

  async function* storyEntries(language: string, nextIds: (after: number, limit: number) => Promise<number[]>, limit: number) {
    let after = 0;
    let left = limit;
    while (left > 0) {
      const ids = await nextIds(after, Math.min(BATCH, left));
      if (ids.length === 0) return;
      after = ids.at(-1)!;
      const editions = await editionsOf(ids);
      for (const id of ids) {
        const edition = editions.get(id);
        const own = edition?.all.find((version) => version.language === language);
        if (!edition || !own || left === 0) continue;
        left--;
        yield entry(own.path, own.updatedAt, edition.paths);
      }
    }
  }

  async function listingEntries(language: string): Promise<SitemapEntry[]> {
    const [latest, sections, tags, states] = await Promise.all([
      stories.latestChanges(language),
      taxonomy.terms('section', language),
      taxonomy.terms('tag', language),
      taxonomy.memberStateIndex(language),
    ]);
    const listing = (pathIn: (language: string) => string, lastmod: string | null) => entry(pathIn(language), lastmod, pages.allLanguages(pathIn));
    const newest = [...latest.memberStates.values()].sort().at(-1) ?? null;
    const filed = (kind: TermKind, terms: { id: number; slug: string }[]) =>
      terms.filter((term) => latest.terms.has(term.id)).map((term) => listing((l) => paths[kind](l, term.slug), latest.terms.get(term.id)!));
    return [
      listing(paths.home, latest.all),
      ...(states.length > 0 ? [listing(paths.memberStates, newest)] : []),
      ...filed('section', sections),
      ...filed('tag', tags),
      ...states
        .filter((state) => latest.memberStates.has(state.code))
        .map((state) => listing((l) => paths.memberState(l, state.code), latest.memberStates.get(state.code)!)),
    ];
  }

  /** Reviewed pages in `language`, skipping the first `offset`: few (a person reviewed each), so counted by reading them. */
  async function* reviewedEntries(language: string, offset: number, limit: number) {
    let skip = offset;
    const source = storyEntries(language, (after, size) => machine.reviewedCandidates(language, after, size), Number.MAX_SAFE_INTEGER);
    let left = limit;
    for await (const found of source) {
      if (skip > 0) skip--;
      else if (left-- > 0) yield found;
      else return;
    }
  }

  const siteLanguage = (language: string) => deps.siteLanguages().includes(language);

  return {
    listings: {
      count: async (language) => (siteLanguage(language) ? (await listingEntries(language)).length : 0),
      async *entries(language, offset, limit) {
        if (siteLanguage(language)) yield* (await listingEntries(language)).slice(offset, offset + limit);
      },
    },
    articles: {
      count: async (language) => (siteLanguage(language) ? stories.countPublishedIn(language) : 0),
      entries(language, offset, limit) {
        let skip = offset;
        const next = async (after: number, size: number) => {
          const ids = await stories.storyIdsPublishedIn(language, { afterStoryId: after, offset: skip, limit: size });
          skip = 0;
          return ids;
        };
        return siteLanguage(language) ? storyEntries(language, next, limit) : (async function* () {})();
      },
    },
    reviewed: {
      async count(language) {
        let count = 0;
        for await (const _ of reviewedEntries(language, 0, Number.MAX_SAFE_INTEGER)) count++;
        return count;
      },
      entries: reviewedEntries,
    },
  };
}
