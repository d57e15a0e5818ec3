/** Atom 1.0 (RFC 4287), with the language on the root (`xml:lang`) and Media RSS for the hero image. */
import { create } from 'xmlbuilder2';
import type { FeedDocument } from './feed-document.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss/';

export function writeAtom(feed: FeedDocument): string {
  const root = create({ version: '1.0', encoding: 'utf-8' }).ele(ATOM, 'feed', { 'xml:lang': feed.language, 'xmlns:media': MEDIA });
  root.ele('id').txt(feed.selfUrls.atom);
  root.ele('title', { type: 'text' }).txt(feed.title);
  root.ele('subtitle', { type: 'text' }).txt(feed.description);
  root.ele('updated').txt(feed.updated.toISOString());
  root.ele('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language, href: feed.homeUrl });
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrls.atom });
  if (feed.hub) root.ele('link', { rel: 'hub', href: feed.hub });
  root.ele('author').ele('name').txt(feed.author.name).up().ele('uri').txt(feed.author.url);
  root.ele('icon').txt(feed.icon);
  root.ele('logo').txt(feed.logo);
  for (const entry of feed.entries) {
    const element = root.ele('entry');
    element.ele('id').txt(entry.id);
    element.ele('title', { type: 'text' }).txt(entry.title);
    element.ele('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language, href: entry.url });
    element.ele('published').txt(entry.published.toISOString());
    element.ele('updated').txt(entry.updated.toISOString());
    element.ele('summary', { type: 'text' }).txt(entry.summary);
    element.ele('content', { type: 'html' }).txt(entry.contentHtml);
    for (const category of entry.categories) element.ele('category', { term: category.term, scheme: category.url, label: category.label });
    if (entry.image) {
      const { url, type, bytes, width, height, alt } = entry.image;
      element.ele('link', { rel: 'enclosure', type, length: String(bytes), href: url });
      const media = element.ele(MEDIA, 'media:content', { url, type, medium: 'image', width: String(width), height: String(height) });
      if (alt) media.ele(MEDIA, 'media:description', { type: 'plain' }).txt(alt);
    }
  }
  return root.end({ prettyPrint: true });
}
