/** Pages differ by path and page number only; other query parameters (tracking tags) share a page. */
export function cacheUrl(rawUrl: string): string | null {
  const query = rawUrl.indexOf('?');
  if (query === -1) return rawUrl;
  const pages = new URLSearchParams(rawUrl.slice(query + 1)).getAll('page');
  if (pages.length > 1) return null;
  const path = rawUrl.slice(0, query);
  return pages.length === 1 ? `${path}?page=${pages[0]}` : path;
}
