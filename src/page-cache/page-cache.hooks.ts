/**
 * Keeps what public page routes render. A page is cacheable when its route named its content (a
 * Surrogate-Key header), answered 200 and set no cookie. Every page answer, cached or not, leaves
 * through `represent`: strong ETag, 304 on a match, compressed when the visitor accepts it.
 * Later requests for a kept page are answered by the fast path, before Fastify.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SURROGATE_KEY } from '../http/send-page.ts';
import { cacheUrl } from './cache-url.ts';
import { pageBytes } from './page-bytes.ts';
import { cachedPage, type PageStore } from './page-store.ts';
import { represent } from './representation.ts';

export interface PageCacheOptions {
  store: PageStore;
  /** False keeps ETags and compression but renders every request (for measuring, or debugging). */
  enabled: boolean;
  onMiss(): void;
}

/** Per-answer headers that must not be replayed from a stored page. */
const NOT_REPLAYED = new Set(['content-length', 'content-encoding', 'etag', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'vary', 'cache-control']);

/** Only listings have page numbers; an article asked for with `?page=5` is not kept as a page of its own. */
function takesPage(request: FastifyRequest): boolean {
  const query = request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
  return query?.properties?.page !== undefined;
}

export function registerPageCache(app: FastifyInstance, options: PageCacheOptions): void {
  const { store } = options;
  const generations = new WeakMap<FastifyRequest, number>();

  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD') generations.set(request, store.generation());
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const generation = generations.get(request);
    const surrogateKey = reply.getHeader(SURROGATE_KEY);
    const url = cacheUrl(request.url);
    if (
      generation === undefined ||
      // API answers are counted by its rate limit and set their own ETags (see api/api-caching.ts).
      request.url.startsWith('/api/') ||
      url === null ||
      (url.includes('?page=') && !takesPage(request)) ||
      reply.statusCode !== 200 ||
      typeof surrogateKey !== 'string' ||
      typeof payload !== 'string' ||
      reply.hasHeader('set-cookie')
    ) {
      return payload;
    }
    options.onMiss();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = String(value);
    }
    const page = cachedPage(pageBytes(payload), headers, surrogateKey);
    if (options.enabled) store.put(url, page, generation);
    const answer = await represent(page, request.headers, store);
    reply.code(answer.status).headers(answer.headers);
    return answer.body ?? '';
  });
}
