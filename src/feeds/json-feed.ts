/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): `language`, `authors` and `hubs` are what 1.1 added. */
import type { FeedDocument } from './feed-document.ts';

export function writeJsonFeed(feed: FeedDocument): string {
  const authors = [{ name: feed.author.name, url: feed.author.url }];
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrls.json,
    description: feed.description,
    icon: feed.logo,
    favicon: feed.icon,
    language: feed.language,
    authors,
    ...(feed.hub ? { hubs: [{ type: 'WebSub', url: feed.hub }] } : {}),
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      ...(entry.image ? { image: entry.image.url } : {}),
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      tags: entry.categories.map((category) => category.label),
      language: feed.language,
      authors,
    })),
  });
}
