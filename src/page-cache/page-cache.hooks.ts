/**
 * Serves public pages from memory before any route code runs, and keeps what routes render.
 * A page is cacheable when its route named its content (a Surrogate-Key header) and answered 200.
 * Every page answer carries a strong ETag (304 on a match) and leaves compressed when the visitor
 * accepts it; the compressed copy is made once per cached page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SURROGATE_KEY } from '../http/send-page.ts';
import { type Encoding, preferredEncoding } from './compression.ts';
import { type CachedPage, cachedPage, etagFor, type PageStore } from './page-store.ts';

// Browsers revalidate every time (cheap: a 304); a CDN may keep a page a minute and serve it
// stale while it refreshes. Purging by Surrogate-Key makes changes show sooner.
const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export interface PageCacheOptions {
  store: PageStore;
  /** False keeps ETags and compression but renders every request (for measuring, or debugging). */
  enabled: boolean;
  onLookup(result: 'hit' | 'miss'): void;
}

interface Pending {
  url: string;
  generation: number;
}

/** Pages differ by path and page number only; other query parameters (tracking tags) share a page. */
function cacheUrl(rawUrl: string): string | null {
  const query = rawUrl.indexOf('?');
  if (query === -1) return rawUrl;
  const pages = new URLSearchParams(rawUrl.slice(query + 1)).getAll('page');
  if (pages.length > 1) return null;
  const path = rawUrl.slice(0, query);
  return pages.length === 1 ? `${path}?page=${pages[0]}` : path;
}

function matches(ifNoneMatch: string | undefined, page: CachedPage): boolean {
  if (!ifNoneMatch) return false;
  const base = page.etag.slice(0, -1);
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === page.etag || candidate.startsWith(`${base}-`);
  });
}

async function answer(request: FastifyRequest, reply: FastifyReply, page: CachedPage, store: PageStore): Promise<Buffer | string> {
  const encoding: Encoding | null = preferredEncoding(request.headers['accept-encoding']);
  reply
    .header('content-type', page.contentType)
    .header('cache-control', CACHE_CONTROL)
    .header('vary', 'Accept-Encoding')
    .header(SURROGATE_KEY, page.surrogateKey)
    .header('etag', etagFor(page, encoding ?? 'identity'));
  if (matches(request.headers['if-none-match'], page)) {
    reply.code(304);
    return '';
  }
  if (!encoding) return page.body;
  reply.header('content-encoding', encoding);
  return store.bodyIn(page, encoding);
}

export function registerPageCache(app: FastifyInstance, options: PageCacheOptions): void {
  const { store } = options;
  const pending = new WeakMap<FastifyRequest, Pending>();
  const answered = new WeakSet<FastifyRequest>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const url = cacheUrl(request.url);
    if (url === null) return;
    const page = options.enabled ? store.get(url) : undefined;
    if (page) {
      options.onLookup('hit');
      answered.add(request);
      return reply.send(await answer(request, reply, page, store));
    }
    pending.set(request, { url, generation: store.generation() });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (answered.has(request)) return payload;
    const miss = pending.get(request);
    const surrogateKey = reply.getHeader(SURROGATE_KEY);
    if (!miss || reply.statusCode !== 200 || typeof surrogateKey !== 'string' || typeof payload !== 'string') return payload;
    options.onLookup('miss');
    const page = cachedPage({ body: Buffer.from(payload), contentType: String(reply.getHeader('content-type')), surrogateKey });
    if (options.enabled) store.put(miss.url, page, miss.generation);
    return answer(request, reply, page, store);
  });
}
