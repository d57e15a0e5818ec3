/** Public URL paths, language first. Every link on the site is made here so routes and links cannot drift apart. */
const segment = encodeURIComponent;

export const paths = {
  home: (language: string) => `/${language}/`,
  article: (language: string, slug: string) => `/${language}/news/${segment(slug)}`,
  section: (language: string, slug: string) => `/${language}/sections/${segment(slug)}`,
  tag: (language: string, slug: string) => `/${language}/tags/${segment(slug)}`,
  memberStates: (language: string) => `/${language}/member-states`,
  memberState: (language: string, code: string) => `/${language}/member-states/${code.toLowerCase()}`,
  privacy: (language: string) => `/${language}/privacy`,
  /** The form reporting a problem with paragraph `block` (1-based) of a machine-translated article. */
  translationReport: (language: string, slug: string, block: number) => `/${language}/news/${segment(slug)}/report/${block}`,
  media: (file: string) => `/media/${file}`,
  /** A listing's feed: `/en/rss.xml`, `/en/sections/culture/atom.xml`, `/fr/member-states/ma/feed.json`. */
  feed: (listingPath: string, format: FeedFormat) => `${listingPath.replace(/\/$/, '')}/${FEED_FILES[format]}`,
  manifest: (language: string) => `/${language}/manifest.webmanifest`,
  search: (language: string) => `/${language}/search`,
  robots: '/robots.txt',
  sitemapIndex: '/sitemap.xml',
  sitemap: (language: string, series: string, part: number) => `/sitemaps/${language}/${series}-${part}.xml`,
  newsSitemap: '/sitemaps/news.xml',
  /** A story in one language in the Content API. */
  apiStory: (storyId: number, language: string) => `/api/v1/stories/${storyId}?language=${encodeURIComponent(language)}`,
};

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];
/** The file name each feed format has at the end of its listing's path. */
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** Adds `?page=N` for pages after the first, so page 1 has a single URL. */
export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}
