/**
 * Sitemaps: an index of every language's files, the files themselves (as streams of entries), a Google
 * News sitemap of the last 48 hours, and robots.txt. Everything is read from the database when asked
 * for, never kept, so no instance can serve a stale one.
 */
import { AppError } from '../http/app-error.ts';
import { paths } from '../http/urls.ts';
import type { SettingsService } from '../site/index.ts';
import type { RecentStory, StoriesService } from '../stories/index.ts';
import { PROTOCOL_LIMITS, type SitemapLimits, urlsPerFile } from './sitemap-limits.ts';
import { createSeries, SERIES, type SeriesDeps, type SeriesName, type SitemapEntry } from './sitemap-series.ts';

/** Google News takes articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_LIMIT = 1000;

export interface SitemapsDeps extends Omit<SeriesDeps, 'siteLanguages' | 'stories'> {
  stories: SeriesDeps['stories'] & Pick<StoriesService, 'publishedSince'>;
  settings: SettingsService;
  limits?: SitemapLimits;
  now?: () => Date;
}

export interface SitemapsService {
  /** The absolute URL of every sitemap file, the news sitemap last while it has articles. */
  index(): Promise<string[]>;
  /** The entries of one file; throws `page.not_found` for a file the index does not list. */
  file(language: string, series: string, part: number): Promise<AsyncIterable<SitemapEntry>>;
  /** Throws `page.not_found` when nothing was published in the window: a sitemap may not be empty. */
  news(): Promise<{ url: string; title: string; language: string; publishedAt: string; publication: string }[]>;
  robots(): string;
}

/** Google News wants ISO 639 codes, except zh-cn and zh-tw for the two Chinese scripts. */
export function newsLanguage(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-tw' : 'zh-cn';
  return locale.language;
}

export function createSitemapsService(deps: SitemapsDeps): SitemapsService {
  const { settings, pages, machine, stories } = deps;
  const now = deps.now ?? (() => new Date());
  const series = createSeries({ ...deps, siteLanguages: () => settings.current().languages });

  async function languages(): Promise<string[]> {
    return [...new Set([...settings.current().languages, ...(await machine.reviewedLanguages())])];
  }

  const newsSince = () => new Date(now().getTime() - NEWS_WINDOW_MS).toISOString();

  async function perFile(): Promise<number> {
    return urlsPerFile(pages.absoluteUrl(''), (await languages()).length, deps.limits ?? PROTOCOL_LIMITS);
  }

  return {
    async index() {
      const size = await perFile();
      const files: string[] = [];
      for (const language of await languages()) {
        for (const name of SERIES) {
          const parts = Math.ceil((await series[name].count(language)) / size);
          for (let part = 1; part <= parts; part++) files.push(pages.absoluteUrl(paths.sitemap(language, name, part)));
        }
      }
      const hasNews = (await stories.publishedSince(newsSince(), 1)).length > 0;
      return hasNews ? [...files, pages.absoluteUrl(paths.newsSitemap)] : files;
    },

    async file(language, name, part) {
      const size = await perFile();
      const known = (SERIES as readonly string[]).includes(name) && (await languages()).includes(language);
      const count = known ? await series[name as SeriesName].count(language) : 0;
      if (part > Math.ceil(count / size)) throw new AppError('page.not_found', `No sitemap ${name}-${part} in ${language.slice(0, 40)}`);
      return series[name as SeriesName].entries(language, (part - 1) * size, size);
    },

    async news() {
      const recent: RecentStory[] = await stories.publishedSince(newsSince(), NEWS_LIMIT);
      if (recent.length === 0) throw new AppError('page.not_found', 'Nothing was published in the last 48 hours');
      return recent.map((story) => ({
        url: pages.absoluteUrl(story.path),
        title: story.title,
        language: newsLanguage(story.language),
        publishedAt: story.publishedAt,
        publication: settings.organizationNameIn(story.language),
      }));
    },

    robots() {
      const { languages: siteLanguages } = settings.current();
      return [
        'User-agent: *',
        'Disallow: /admin',
        // Search results are endless and thin: crawlers get the listings and articles instead.
        ...siteLanguages.map((language) => `Disallow: ${paths.search(language)}`),
        '',
        // The index names the news sitemap too, while it has articles (it may not be empty).
        `Sitemap: ${pages.absoluteUrl(paths.sitemapIndex)}`,
        '',
      ].join('\n');
    },
  };
}
