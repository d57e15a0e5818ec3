/**
 * Answers requests for kept pages straight from the HTTP server, before Fastify routes them: the
 * page's stored headers (security policy included) and body are all there is to send, so a hit
 * costs about what a static file server spends. Anything else goes on to Fastify.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cacheUrl } from './cache-url.ts';
import type { PageStore } from './page-store.ts';
import { conditionsOf, represent } from './representation.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function withCacheFastPath(store: PageStore, onHit: (method: string, status: number, seconds: number) => void, next: RequestHandler): RequestHandler {
  return (request, response) => {
    const method = request.method;
    const url = method === 'GET' || method === 'HEAD' ? cacheUrl(request.url ?? '') : null;
    const page = url === null ? undefined : store.get(url);
    if (!page) return next(request, response);
    const started = process.hrtime.bigint();
    represent(page, conditionsOf(request.headers), store).then(
      (answer) => {
        response.writeHead(answer.status, answer.body ? { ...answer.headers, 'content-length': String(answer.body.length) } : answer.headers);
        response.end(method === 'HEAD' ? undefined : answer.body);
        onHit(method!, answer.status, Number(process.hrtime.bigint() - started) / 1e9);
      },
      () => next(request, response),
    );
  };
}
