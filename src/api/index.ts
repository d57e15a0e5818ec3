/** The public Content API under /api/v1, the write API for staff tokens, the OpenAPI document and /api/docs. */
export { type ApiDeps, apiRoutes } from './api.routes.ts';
export { forgetRateWindows } from './rate-limit-store.ts';
