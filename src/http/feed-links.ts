/**
 * How a page names its feeds: one link per format, with the media type, language and title feed readers
 * and browsers look for in `<link rel="alternate">`. Listings, the home page and articles all use it, and
 * the feeds' own `rel="self"` links come from the same paths.
 */
import type { Translate } from '../i18n/messages.ts';
import { FEED_FORMATS, type FeedFormat, paths } from './urls.ts';

export interface FeedLink {
  format: FeedFormat;
  type: string;
  href: string;
  hreflang: string;
  title: string;
}

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** Format names are proper names, the same in every language. */
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** `feedTitle` names the listing in its language ("ICESCO — Education"). */
export function feedLinks(listingPath: string, language: string, feedTitle: string, t: Translate): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    format,
    type: FEED_TYPES[format],
    href: paths.feed(listingPath, format),
    hreflang: language,
    title: t('feed.linkTitle', { feed: feedTitle, format: FEED_FORMAT_NAMES[format] }),
  }));
}
