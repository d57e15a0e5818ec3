/**
 * `/api/docs`: the API's reference as one server-rendered page, read from the OpenAPI document — no
 * script and no inline style, so it works under the site's strict Content-Security-Policy, and without
 * JavaScript. The document itself is at `/api/v1/openapi.json` for tools.
 */
import type { FastifyInstance } from 'fastify';
import { renderDocument } from '../http/document.ts';
import { ApiDocs, type OpenApiDocument } from './views/api-docs.tsx';

export function apiDocsRoutes(deps: { document: () => Record<string, unknown>; stylesheetHref: string }) {
  return async (api: FastifyInstance) => {
    let html: string | null = null;
    api.get('/docs', { schema: { hide: true } }, async (_request, reply) => {
      // The routes do not change while the process runs.
      html ??= renderDocument(<ApiDocs document={deps.document() as unknown as OpenApiDocument} stylesheetHref={deps.stylesheetHref} />);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(html);
    });
  };
}
