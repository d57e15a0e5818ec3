/**
 * Everything under /api: version 1 of the API (`/api/v1/…`: CORS for GET from any origin, bearer tokens,
 * the rate limit counted in the database, ETags and cache headers, the OpenAPI document) and the
 * human-readable documentation at `/api/docs`, rendered on the server from that document.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { ApiTokensService } from '../accounts/index.ts';
import { AppError } from '../http/app-error.ts';
import { clientNetwork } from '../http/client-network.ts';
import type { SearchService } from '../search/index.ts';
import { registerApiAuth } from './api-auth.ts';
import { registerApiCaching } from './api-caching.ts';
import { errorSchema, storySchema } from './api-schemas.ts';
import { contentRoutes } from './content.routes.ts';
import { type ContentDeps, createContentService } from './content.service.ts';
import { apiDocsRoutes } from './docs.routes.tsx';
import { openApiOptions } from './openapi.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { searchRoutes } from './search.routes.ts';
import { type WriteDeps, writeRoutes } from './write.routes.ts';

export interface ApiDeps extends ContentDeps, Omit<WriteDeps, 'settings' | 'publicUrl' | 'media'> {
  apiTokens: Pick<ApiTokensService, 'authenticate'>;
  /** The site's search, for `/api/v1/search`. */
  search: SearchService;
  media: ContentDeps['media'] & WriteDeps['media'];
  /** Requests a client may make per window (counted across instances). */
  rateLimit: { max: number; windowMs: number };
  stylesheetHref: string;
}

/** Headers a browser script on another origin may read. */
const EXPOSED = ['ETag', 'Last-Modified', 'Link', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Surrogate-Key'];

export function apiRoutes(deps: ApiDeps) {
  const content = createContentService(deps);
  return async (api: FastifyInstance) => {
    await api.register(swagger, openApiOptions(deps.publicUrl));
    api.addSchema(storySchema);
    api.addSchema(errorSchema);

    await api.register(
      async (v1) => {
        await v1.register(cors, { origin: '*', methods: ['GET', 'HEAD'], maxAge: 86_400, exposedHeaders: EXPOSED });
        registerApiAuth(v1, deps.apiTokens);
        const counts = databaseRateLimitStore(deps.db);
        v1.addHook('onClose', () => counts.flush());
        await v1.register(rateLimit, {
          global: true,
          max: deps.rateLimit.max,
          timeWindow: deps.rateLimit.windowMs,
          store: counts.store,
          enableDraftSpec: true,
          keyGenerator: (request) => (request.apiPrincipal ? `token:${request.apiPrincipal.tokenId}` : `address:${clientNetwork(request.ip)}`),
          errorResponseBuilder: (_request, context) => new AppError('api.rate_limited', `Too many requests; try again in ${context.after}`),
        });
        registerApiCaching(v1);
        v1.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
        await v1.register(contentRoutes({ content, settings: deps.settings, publicUrl: deps.publicUrl }));
        await v1.register(searchRoutes({ search: deps.search, settings: deps.settings, publicUrl: deps.publicUrl }));
        await v1.register(writeRoutes({ ...deps, settings: deps.settings, publicUrl: deps.publicUrl }));
      },
      { prefix: '/v1' },
    );

    await api.register(apiDocsRoutes({ document: () => api.swagger() as unknown as Record<string, unknown>, stylesheetHref: deps.stylesheetHref }));
  };
}
