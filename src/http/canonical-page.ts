/**
 * A listing has one address per page: `?page=02`, `?page=+2`, `?page=2.0` or `?%70age=2` are sent
 * (301) to `?page=2`, and `?page=1` to the bare path, so search engines and the page cache see each
 * page once. Other query parameters stay as they were.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export function canonicalListingUrl(rawUrl: string, page: number): string {
  const query = rawUrl.indexOf('?');
  if (query === -1) return page > 1 ? `${rawUrl}?page=${page}` : rawUrl;
  const path = rawUrl.slice(0, query);
  let placed = false;
  const pairs: string[] = [];
  for (const pair of rawUrl.slice(query + 1).split('&')) {
    if (pair === '') continue;
    if (nameOf(pair) !== 'page') pairs.push(pair);
    else if (!placed) {
      placed = true;
      if (page > 1) pairs.push(`page=${page}`);
    }
  }
  if (!placed && page > 1) pairs.push(`page=${page}`);
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}

function nameOf(pair: string): string {
  const name = pair.split('=', 1)[0]!.replaceAll('+', ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A route hook for paginated listings, run once the `page` parameter is validated. */
export async function redirectToCanonicalPage(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { page = 1 } = request.query as { page?: number };
  const canonical = canonicalListingUrl(request.url, page);
  if (canonical !== request.url) await reply.redirect(canonical, 301);
}
