/**
 * What a visitor gets for a page: the stored headers, a strong ETag per coding, a 304 when their
 * copy is current, and the body in the best coding they accept (compressed once per page).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type Encoding, preferredEncoding } from './compression.ts';
import { type CachedPage, etagFor, type PageStore } from './page-store.ts';

// Browsers revalidate every time (cheap: a 304); a CDN may keep a page a minute and serve it
// stale while it refreshes. Purging by Surrogate-Key makes changes show sooner.
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** What of a request decides its representation. */
export interface Conditions {
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

export function conditionsOf(headers: IncomingHttpHeaders): Conditions {
  return { acceptEncoding: headers['accept-encoding'], ifNoneMatch: headers['if-none-match'], ifModifiedSince: headers['if-modified-since'] };
}

export interface Representation {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

/**
 * RFC 9110: If-None-Match decides when it is sent; otherwise If-Modified-Since does, against the page's
 * own Last-Modified (feeds send one), to the second.
 */
function current(request: Conditions, page: CachedPage): boolean {
  if (request.ifNoneMatch) return matches(request.ifNoneMatch, page);
  const lastModified = page.headers['last-modified'];
  if (!request.ifModifiedSince || !lastModified) return false;
  const since = Date.parse(request.ifModifiedSince);
  const modified = Date.parse(lastModified);
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

function matches(ifNoneMatch: string, page: CachedPage): boolean {
  const base = page.etag.slice(0, -1);
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === page.etag || candidate.startsWith(`${base}-`);
  });
}

export async function represent(page: CachedPage, request: Conditions, store: PageStore): Promise<Representation> {
  const encoding: Encoding | null = preferredEncoding(request.acceptEncoding);
  const headers = { ...page.headers, 'cache-control': CACHE_CONTROL, vary: 'Accept-Encoding', etag: etagFor(page, encoding ?? 'identity') };
  if (current(request, page)) return { status: 304, headers, body: null };
  if (!encoding) return { status: 200, headers, body: page.body };
  return { status: 200, headers: { ...headers, 'content-encoding': encoding }, body: await store.bodyIn(page, encoding) };
}
