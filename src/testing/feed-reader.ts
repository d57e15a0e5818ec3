/**
 * Reads a served feed with a real parser (feedsmith, from npm) into one shape for every format, so the
 * tests say what a feed reader would see: the language, the self and page links, and each entry.
 */
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

export interface ReadEntry {
  id: string;
  title: string;
  url: string;
  published: Date;
  contentHtml: string;
  categories: string[];
  image: string | null;
}

export interface ReadFeed {
  language: string;
  self: string;
  home: string;
  hub: string | null;
  entries: ReadEntry[];
}

export type Format = 'rss' | 'atom' | 'json';
export const FILES: Record<Format, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

export function readFeed(format: Format, body: string): ReadFeed {
  if (format === 'rss') {
    const feed = parseRssFeed(body);
    const links = feed.atom?.links ?? [];
    return {
      language: feed.language!,
      self: links.find((link) => link.rel === 'self')!.href!,
      home: feed.link!,
      hub: links.find((link) => link.rel === 'hub')?.href ?? null,
      entries: (feed.items ?? []).map((item) => ({
        id: item.guid!.value!,
        title: item.title!,
        url: item.link!,
        published: new Date(item.pubDate!),
        contentHtml: item.content!.encoded!,
        categories: (item.categories ?? []).map((category) => category.name!),
        image: item.enclosures?.[0]?.url ?? null,
      })),
    };
  }
  if (format === 'atom') {
    const feed = parseAtomFeed(body);
    const link = (links: { rel?: string; href?: string }[] | undefined, rel: string) => links?.find((l) => (l.rel ?? 'alternate') === rel)?.href;
    return {
      language: feed.xml!.lang!,
      self: link(feed.links, 'self')!,
      home: link(feed.links, 'alternate')!,
      hub: link(feed.links, 'hub') ?? null,
      entries: (feed.entries ?? []).map((entry) => ({
        id: entry.id!,
        title: entry.title!.value,
        url: link(entry.links, 'alternate')!,
        published: new Date(entry.published!),
        contentHtml: entry.content!.value!,
        categories: (entry.categories ?? []).map((category) => category.label!),
        image: link(entry.links, 'enclosure') ?? null,
      })),
    };
  }
  const feed = parseJsonFeed(JSON.parse(body));
  return {
    language: feed.language!,
    self: feed.feed_url!,
    home: feed.home_page_url!,
    hub: feed.hubs?.[0]?.url ?? null,
    entries: feed.items!.map((item) => ({
      id: item.id!,
      title: item.title!,
      url: item.url!,
      published: new Date(item.date_published!),
      contentHtml: item.content_html!,
      categories: item.tags ?? [],
      image: item.image ?? null,
    })),
  };
}
