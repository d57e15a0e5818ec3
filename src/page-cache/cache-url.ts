/**
 * The key a page is kept under: its path, and its page number when it has one. Other query parameters
 * (tracking tags) share the page. Only the one spelling of a page number is kept — `?page=2`, never
 * `?page=02`, `?page=+2` or `?%70age=2` — so a flood of spellings cannot fill the cache with copies
 * (listings redirect those spellings to the canonical address, see `src/http/canonical-page.ts`).
 */
const CANONICAL_PAGE = /^[1-9]\d*$/;

export function cacheUrl(rawUrl: string): string | null {
  const query = rawUrl.indexOf('?');
  if (query === -1) return rawUrl;
  const rawQuery = rawUrl.slice(query + 1);
  const pages = new URLSearchParams(rawQuery).getAll('page');
  const path = rawUrl.slice(0, query);
  if (pages.length === 0) return path;
  const [page] = pages;
  if (pages.length > 1 || !CANONICAL_PAGE.test(page!) || page === '1' || !rawQuery.split('&').includes(`page=${page}`)) return null;
  return `${path}?page=${page}`;
}
