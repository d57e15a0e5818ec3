/**
 * RSS 2.0 with `content:encoded` for the whole body, Atom's `self` and `hub` links, and Media RSS
 * beside the enclosure for the hero image. Dates are RFC 822 (as RFC 1123 writes them, in GMT).
 */
import { create } from 'xmlbuilder2';
import type { FeedDocument } from './feed-document.ts';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

export function writeRss(feed: FeedDocument): string {
  const channel = create({ version: '1.0', encoding: 'utf-8' })
    .ele('rss', { version: '2.0', ...NAMESPACES })
    .ele('channel');
  channel.ele('title').txt(feed.title);
  channel.ele('link').txt(feed.homeUrl);
  channel.ele('description').txt(feed.description);
  channel.ele('language').txt(feed.language);
  channel.ele('lastBuildDate').txt(feed.updated.toUTCString());
  channel.ele('docs').txt('https://www.rssboard.org/rss-specification');
  channel.ele(NAMESPACES['xmlns:atom'], 'atom:link', { rel: 'self', type: 'application/rss+xml', href: feed.selfUrls.rss });
  if (feed.hub) channel.ele(NAMESPACES['xmlns:atom'], 'atom:link', { rel: 'hub', href: feed.hub });
  channel.ele('image').ele('url').txt(feed.logo).up().ele('title').txt(feed.title).up().ele('link').txt(feed.homeUrl);
  for (const entry of feed.entries) {
    const item = channel.ele('item');
    item.ele('title').txt(entry.title);
    item.ele('link').txt(entry.url);
    item.ele('guid', { isPermaLink: 'false' }).txt(entry.id);
    item.ele('pubDate').txt(entry.published.toUTCString());
    item.ele('description').txt(entry.summary);
    item.ele(NAMESPACES['xmlns:content'], 'content:encoded').txt(entry.contentHtml);
    for (const category of entry.categories) item.ele('category', { domain: category.url }).txt(category.label);
    if (entry.image) {
      const { url, type, bytes, width, height, alt } = entry.image;
      item.ele('enclosure', { url, length: String(bytes), type });
      const media = item.ele(NAMESPACES['xmlns:media'], 'media:content', { url, type, medium: 'image', width: String(width), height: String(height) });
      if (alt) media.ele(NAMESPACES['xmlns:media'], 'media:description', { type: 'plain' }).txt(alt);
    }
  }
  return channel.end({ prettyPrint: true });
}
