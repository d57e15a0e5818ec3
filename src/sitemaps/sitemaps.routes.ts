/**
 * `/robots.txt`, `/sitemap.xml` (the index), `/sitemaps/{lang}/{series}-{n}.xml` and `/sitemaps/news.xml`.
 * Sitemaps are streamed as they are read (gzip when the crawler accepts it) and never kept in memory,
 * so they are not page-cached; a CDN may keep them five minutes. robots.txt is a page like the others.
 */
import { Readable, type Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { SitemapIndexStream, SitemapStream } from 'sitemap';
import { contentKeys } from '../changes/index.ts';
import { languageParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { paths } from '../http/urls.ts';
import type { SitemapsService } from './sitemaps.service.ts';

const FILE = /^(listings|articles|reviewed)-([1-9]\d{0,8})\.xml$/;

function stream(request: FastifyRequest, reply: FastifyReply, items: AsyncIterable<object> | Iterable<object>, sitemap: Transform): FastifyReply {
  const xml = Readable.from(items).pipe(sitemap);
  const gzip = new Negotiator(request.raw).encoding(['gzip', 'identity']) === 'gzip';
  reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=0, s-maxage=300').header('vary', 'Accept-Encoding');
  if (gzip) reply.header('content-encoding', 'gzip');
  return reply.send(gzip ? xml.pipe(createGzip()) : xml);
}

async function* urlItems(entries: AsyncIterable<{ loc: string; lastmod: string | null; alternates: { hreflang: string; href: string }[] }>) {
  for await (const entry of entries) {
    yield {
      url: entry.loc,
      ...(entry.lastmod ? { lastmod: entry.lastmod } : {}),
      links: entry.alternates.map((alternate) => ({ lang: alternate.hreflang, hreflang: alternate.hreflang, url: alternate.href })),
    };
  }
}

export function sitemapsRoutes(sitemaps: SitemapsService): FastifyPluginAsync {
  const urlset = (news: boolean) => new SitemapStream({ xmlns: { news, xhtml: !news, image: false, video: false } });

  return async (app) => {
    app.get(paths.robots, async (_request, reply) => sendPage(reply, sitemaps.robots(), [contentKeys.settings], 'text/plain; charset=utf-8'));

    app.get(paths.sitemapIndex, async (request, reply) => {
      const files = await sitemaps.index();
      return stream(
        request,
        reply,
        files.map((url) => ({ url })),
        new SitemapIndexStream(),
      );
    });

    app.get(paths.newsSitemap, async (request, reply) => {
      const items = (await sitemaps.news()).map((story) => ({
        url: story.url,
        news: { publication: { name: story.publication, language: story.language }, publication_date: story.publishedAt, title: story.title },
      }));
      return stream(request, reply, items, urlset(true));
    });

    app.get<{ Params: { lang: string; file: string } }>(
      '/sitemaps/:lang/:file',
      { schema: { params: { type: 'object', properties: { lang: languageParam, file: { type: 'string', pattern: FILE.source } } } } },
      async (request, reply) => {
        const [, series, part] = FILE.exec(request.params.file)!;
        const entries = await sitemaps.file(request.params.lang, series!, Number(part));
        return stream(request, reply, urlItems(entries), urlset(false));
      },
    );
  };
}
