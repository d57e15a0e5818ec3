/**
 * Who an API request acts as: the staff member of its `Authorization: Bearer` token, or nobody (a reader).
 * Cookies are never read here, so a signed-in browser gets no power over the API, and bearer requests need
 * no CSRF token: a page on another site can neither read nor send the header. Write routes then ask for a
 * scope of the token and the permission of its user's role, the same permission the admin's screen asks.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiPrincipal, ApiScope, ApiTokensService } from '../accounts/index.ts';
import { can, type Permission } from '../admin/index.ts';
import { AppError } from '../http/app-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token's principal on API routes; null for readers. */
    apiPrincipal: ApiPrincipal | null;
    /** A bearer token was sent and refused (unknown, revoked, expired, disabled user). */
    apiTokenRefused: boolean;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Reads the bearer token of every request in this scope before the rate limit counts it. */
export function registerApiAuth(api: FastifyInstance, tokens: Pick<ApiTokensService, 'authenticate'>): void {
  api.decorateRequest('apiPrincipal', null);
  api.decorateRequest('apiTokenRefused', false);
  api.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const token = BEARER.exec(header)?.[1];
    request.apiPrincipal = token ? await tokens.authenticate(token) : null;
    request.apiTokenRefused = request.apiPrincipal === null;
  });
}

/** The principal of a request that must carry a valid token. */
export function principalOf(request: FastifyRequest): ApiPrincipal {
  if (request.apiTokenRefused) throw new AppError('api.token_invalid', 'The bearer token is unknown, revoked or expired, or its user is disabled');
  if (!request.apiPrincipal) throw new AppError('api.unauthorized', 'This needs an API token: Authorization: Bearer <token>');
  return request.apiPrincipal;
}

/** Refuses unless the token has one of `scopes` and its user's role holds `permission`. */
export function requireScope(request: FastifyRequest, scopes: readonly ApiScope[], permission: Permission): ApiPrincipal {
  const principal = principalOf(request);
  if (!scopes.some((scope) => principal.scopes.includes(scope)))
    throw new AppError('api.scope_missing', `This needs a token with the scope ${scopes.join(' or ')}`);
  if (!can(principal.user.role, permission)) throw new AppError('api.forbidden', `A ${principal.user.role} may not do this`);
  return principal;
}
