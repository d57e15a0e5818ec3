/** `meta.pagination` and the `Link` header (RFC 8288) of a paginated answer, with absolute URLs. */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Pagination {
  page: number;
  limit: number;
  pages: number;
  total: number;
  next: number | null;
  prev: number | null;
}

export function paginate(
  request: FastifyRequest,
  reply: FastifyReply,
  publicUrl: URL,
  page: { page: number; limit: number; pages: number; total: number },
): Pagination {
  const next = page.page < page.pages ? page.page + 1 : null;
  const prev = page.page > 1 ? page.page - 1 : null;
  const url = new URL(request.url, publicUrl);
  const to = (n: number) => {
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const links = [
    ...(next === null ? [] : [`<${to(next)}>; rel="next"`]),
    ...(prev === null ? [] : [`<${to(prev)}>; rel="prev"`]),
    `<${to(1)}>; rel="first"`,
    `<${to(page.pages)}>; rel="last"`,
  ];
  reply.header('link', links.join(', '));
  return { ...page, next, prev };
}
