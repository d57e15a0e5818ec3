/**
 * The key a page is kept under: its path, and its page number when it has one. Other query parameters
 * (tracking tags) share the page. Only the one spelling of a page number is kept — `?page=2`, never
 * `?page=02`, `?page=+2` or `?%70age=2` — so a flood of spellings cannot fill the cache with copies
 * (listings redirect those spellings to the canonical address, see `src/http/canonical-page.ts`).
 * Search pages are kept under their whole address, and only when it is their search's one spelling
 * (`src/http/canonical-search.ts`).
 */
import { isSearchPath, searchCacheKey } from '../http/canonical-search.ts';

const CANONICAL_PAGE = /^[1-9]\d*$/;

export function cacheUrl(rawUrl: string): string | null {
  const query = rawUrl.indexOf('?');
  if (query === -1) return rawUrl;
  const rawQuery = rawUrl.slice(query + 1);
  const path = rawUrl.slice(0, query);
  if (isSearchPath(path)) return searchCacheKey(path, rawQuery);
  const pages = new URLSearchParams(rawQuery).getAll('page');
  if (pages.length === 0) return path;
  const [page] = pages;
  if (pages.length > 1 || !CANONICAL_PAGE.test(page!) || page === '1' || !rawQuery.split('&').includes(`page=${page}`)) return null;
  return `${path}?page=${page}`;
}
