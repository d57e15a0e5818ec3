/**
 * What a visitor gets for a page: the stored headers, a strong ETag per coding, a 304 when their
 * copy is current, and the body in the best coding they accept. Each coding of a page is made once
 * (compressed once, its headers written once) and kept with the page, so a hit only picks one.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { type Encoding, preferredEncoding } from './compression.ts';
import { type CachedPage, etagFor, type PageStore, type Variant } from './page-store.ts';

// Browsers revalidate every time (cheap: a 304); a CDN may keep a page a minute and serve it
// stale while it refreshes. Purging by Surrogate-Key makes changes show sooner.
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export interface Representation {
  status: 200 | 304;
  headers: OutgoingHttpHeaders;
  body: Buffer | null;
}

function variant(page: CachedPage, encoding: Encoding | null, body: Buffer): Variant {
  const etag = etagFor(page, encoding ?? 'identity');
  const notModified: OutgoingHttpHeaders = { ...page.headers, 'cache-control': CACHE_CONTROL, vary: 'Accept-Encoding', etag };
  const full: OutgoingHttpHeaders = { ...notModified, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': body.length };
  return { body, full, notModified };
}

/** The page in the visitor's best coding, when it is already made: no promise on the way of a hit. */
export function readyVariant(page: CachedPage, encoding: Encoding | null): Variant | undefined {
  let made = page.variants.get(encoding ?? 'identity');
  if (!made && encoding === null) {
    made = variant(page, null, page.body);
    page.variants.set('identity', made);
  }
  return made;
}

async function variantIn(page: CachedPage, encoding: Encoding | null, store: PageStore): Promise<Variant> {
  const ready = readyVariant(page, encoding);
  if (ready) return ready;
  const made = variant(page, encoding, await store.bodyIn(page, encoding!));
  page.variants.set(encoding!, made);
  return made;
}

/**
 * RFC 9110: If-None-Match decides when it is sent; otherwise If-Modified-Since does, against the page's
 * own Last-Modified (feeds send one), to the second.
 */
export function isCurrent(headers: IncomingHttpHeaders, page: CachedPage): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch) return matches(ifNoneMatch, page);
  const ifModifiedSince = headers['if-modified-since'];
  const lastModified = page.headers['last-modified'];
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
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

/** A 304 or the page, as `variant` (the page in one coding) has it. */
export function answerWith(headers: IncomingHttpHeaders, page: CachedPage, made: Variant): Representation {
  return isCurrent(headers, page) ? { status: 304, headers: made.notModified, body: null } : { status: 200, headers: made.full, body: made.body };
}

export async function represent(page: CachedPage, headers: IncomingHttpHeaders, store: PageStore): Promise<Representation> {
  return answerWith(headers, page, await variantIn(page, preferredEncoding(headers['accept-encoding']), store));
}
