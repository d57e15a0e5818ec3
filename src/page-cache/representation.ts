/**
 * What a visitor gets for a page: the stored headers, a strong ETag per coding, a 304 when their
 * copy is current, and the body in the best coding they accept (compressed once per page).
 */
import { type Encoding, preferredEncoding } from './compression.ts';
import { type CachedPage, etagFor, type PageStore } from './page-store.ts';

// Browsers revalidate every time (cheap: a 304); a CDN may keep a page a minute and serve it
// stale while it refreshes. Purging by Surrogate-Key makes changes show sooner.
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export interface Representation {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

function matches(ifNoneMatch: string | undefined, page: CachedPage): boolean {
  if (!ifNoneMatch) return false;
  const base = page.etag.slice(0, -1);
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === page.etag || candidate.startsWith(`${base}-`);
  });
}

export async function represent(
  page: CachedPage,
  request: { acceptEncoding: string | undefined; ifNoneMatch: string | undefined },
  store: PageStore,
): Promise<Representation> {
  const encoding: Encoding | null = preferredEncoding(request.acceptEncoding);
  const headers = { ...page.headers, 'cache-control': CACHE_CONTROL, vary: 'Accept-Encoding', etag: etagFor(page, encoding ?? 'identity') };
  if (matches(request.ifNoneMatch, page)) return { status: 304, headers, body: null };
  if (!encoding) return { status: 200, headers, body: page.body };
  return { status: 200, headers: { ...headers, 'content-encoding': encoding }, body: await store.bodyIn(page, encoding) };
}
