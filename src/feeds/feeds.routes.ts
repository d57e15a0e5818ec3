/**
 * `…/rss.xml`, `…/atom.xml` and `…/feed.json` after the path of each listing: `/{lang}/`, a section, a
 * tag, a Member State. Sent like pages (kept by the page cache, dropped with the listing they mirror,
 * strong ETag and 304s), with a Last-Modified of when they were made, since a change may remove entries.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { FEED_TYPES } from '../http/feed-links.ts';
import { languageParam, slugParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { FEED_FILES, FEED_FORMATS, type FeedFormat } from '../http/urls.ts';
import { requireSiteLanguage, type SettingsService } from '../site/index.ts';
import { writeAtom } from './atom.ts';
import type { FeedDocument } from './feed-document.ts';
import type { FeedListing, FeedsService } from './feeds.service.ts';
import { writeJsonFeed } from './json-feed.ts';
import { writeRss } from './rss.ts';

const WRITERS: Record<FeedFormat, (feed: FeedDocument) => string> = { rss: writeRss, atom: writeAtom, json: writeJsonFeed };

const LISTINGS: { prefix: string; param: string | null; listing: (value: string) => FeedListing }[] = [
  { prefix: '/:lang', param: null, listing: () => ({ kind: 'home' }) },
  { prefix: '/:lang/sections/:slug', param: 'slug', listing: (slug) => ({ kind: 'section', slug }) },
  { prefix: '/:lang/tags/:slug', param: 'slug', listing: (slug) => ({ kind: 'tag', slug }) },
  { prefix: '/:lang/member-states/:slug', param: 'slug', listing: (code) => ({ kind: 'memberState', code }) },
];

// A feed has no pages: `?page=2` is refused (400) rather than answered with page 1 under another address.
const querystring = { type: 'object', properties: { page: false } } as const;

export function feedsRoutes({ feeds, settings }: { feeds: FeedsService; settings: SettingsService }): FastifyPluginAsync {
  async function send(reply: FastifyReply, format: FeedFormat, language: string, listing: FeedListing) {
    const { document, contentKeys } = await feeds.feed(language, listing);
    reply.header('last-modified', new Date().toUTCString());
    // WebSub discovery (section 4 of the recommendation): the hub and the topic, in the headers too.
    if (document.hub) reply.header('link', `<${document.hub}>; rel="hub", <${document.selfUrls[format]}>; rel="self"`);
    return sendPage(reply, WRITERS[format](document), contentKeys, `${FEED_TYPES[format]}; charset=utf-8`);
  }

  return async (app) => {
    for (const { prefix, param, listing } of LISTINGS) {
      const params = { type: 'object', properties: { lang: languageParam, ...(param ? { [param]: slugParam } : {}) } };
      for (const format of FEED_FORMATS) {
        app.get<{ Params: Record<string, string> }>(`${prefix}/${FEED_FILES[format]}`, { schema: { params, querystring } }, async (request, reply) => {
          const language = requireSiteLanguage(settings, request.params.lang!);
          return send(reply, format, language, listing(param ? request.params[param]! : ''));
        });
      }
    }
  };
}
