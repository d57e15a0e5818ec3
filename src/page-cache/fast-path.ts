/**
 * Answers requests for kept pages straight from the HTTP server, before Fastify routes them: the
 * page's stored headers (security policy included) and body are all there is to send, so a hit
 * costs about what a static file server spends. A hit whose coding is already made is answered
 * without a promise or a new header object; anything else goes on to Fastify.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cacheUrl } from './cache-url.ts';
import { preferredEncoding } from './compression.ts';
import type { CachedPage, PageStore } from './page-store.ts';
import { answerWith, readyVariant, represent } from './representation.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** Told of every hit: its method, status and how long it took in seconds. */
export type HitObserver = (method: string, status: number, seconds: number) => void;

export function withCacheFastPath(store: PageStore, onHit: HitObserver, next: RequestHandler): RequestHandler {
  function send(request: IncomingMessage, response: ServerResponse, answer: ReturnType<typeof answerWith>, started: number) {
    response.writeHead(answer.status, answer.headers);
    response.end(request.method === 'HEAD' ? undefined : answer.body);
    onHit(request.method!, answer.status, (performance.now() - started) / 1000);
  }

  function sendLater(request: IncomingMessage, response: ServerResponse, page: CachedPage, started: number) {
    represent(page, request.headers, store).then(
      (answer) => send(request, response, answer, started),
      () => next(request, response),
    );
  }

  return (request, response) => {
    const method = request.method;
    const url = method === 'GET' || method === 'HEAD' ? cacheUrl(request.url ?? '') : null;
    const page = url === null ? undefined : store.get(url);
    if (!page) return next(request, response);
    const started = performance.now();
    const made = readyVariant(page, preferredEncoding(request.headers['accept-encoding']));
    if (made) send(request, response, answerWith(request.headers, page, made), started);
    else sendLater(request, response, page, started);
  };
}
