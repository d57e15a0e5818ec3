/**
 * How Content API answers are cached, as the public pages are: readers' answers carry
 * `Cache-Control: public, max-age=0, s-maxage=60, stale-while-revalidate=300`, the content keys in
 * `Surrogate-Key` (so a CDN purges them with the pages), a strong ETag of the body, and `Last-Modified`
 * where the route knows it; a client whose copy is current gets `304 Not Modified`. Answers to a staff
 * token may hold drafts: `private, no-store`. The page cache never keeps API answers (each one is counted
 * by the rate limit), so the ETag is made here.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SURROGATE_KEY } from '../http/send-page.ts';

const PUBLIC = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** Names what an answer shows and, when known, when it last changed. */
export function describeContent(reply: FastifyReply, keys: Iterable<string>, lastModified?: string | null): FastifyReply {
  reply.header(SURROGATE_KEY, [...new Set(['api', ...keys])].join(' '));
  if (lastModified) reply.header('last-modified', new Date(lastModified).toUTCString());
  return reply;
}

function fresh(ifNoneMatch: string | undefined, ifModifiedSince: string | undefined, etag: string, lastModified: unknown): boolean {
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  if (ifModifiedSince === undefined || typeof lastModified !== 'string') return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

export function registerApiCaching(api: FastifyInstance): void {
  api.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply.header('cache-control', 'no-store');
      return payload;
    }
    if (reply.statusCode !== 200 || typeof payload !== 'string') {
      if (reply.statusCode >= 400) reply.header('cache-control', 'no-store');
      return payload;
    }
    const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag);
    reply.header('vary', 'Accept-Encoding, Authorization');
    if (request.apiPrincipal) {
      reply.header('cache-control', 'private, no-store');
      reply.removeHeader(SURROGATE_KEY);
    } else {
      reply.header('cache-control', PUBLIC);
    }
    if (fresh(request.headers['if-none-match'], request.headers['if-modified-since'], etag, reply.getHeader('last-modified'))) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
