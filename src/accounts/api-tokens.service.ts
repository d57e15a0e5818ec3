/**
 * Personal access tokens for the API: an administrator makes one for a staff member, with scopes and an
 * expiry. The token is shown once and stored only as its SHA-256, like sessions; it acts as its user,
 * within that user's role, until it expires, is revoked or the account is disabled.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/index.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import type { User } from './accounts.types.ts';
import * as tokens from './api-tokens.repository.ts';
import * as users from './users.repository.ts';

export const API_SCOPES = ['stories:read', 'stories:write', 'translations:write', 'media:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
/** The expiries offered, in days; null never expires. */
export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365, null] as const;
/** Every token starts so, which makes a leaked one easy to find with secret scanners. */
export const TOKEN_PREFIX = 'dwn_';
/** Last-used times are written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;
const DAY_MS = 86_400_000;

export type ApiToken = tokens.StoredApiToken;

/** Who an API request acts as. */
export interface ApiPrincipal {
  tokenId: number;
  user: User;
  scopes: readonly ApiScope[];
}

export interface NewApiToken {
  userId: number;
  name: string;
  scopes: string[];
  /** One of TOKEN_EXPIRY_DAYS. */
  expiresInDays: number | null;
}

export interface ApiTokensService {
  /** Makes a token; the returned `token` is the only time it is ever seen. */
  create(input: NewApiToken, actorId: number): Promise<{ id: number; token: string }>;
  list(): Promise<ApiToken[]>;
  revoke(id: number, actorId: number): Promise<void>;
  /** The principal of a bearer token, or null for one unknown, revoked, expired, or whose user is disabled. */
  authenticate(token: string): Promise<ApiPrincipal | null>;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const isScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

export function createApiTokensService(deps: { db: Kysely<Database>; audit: AuditService; now?: () => Date }): ApiTokensService {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async create(input, actorId) {
      const errors: FormError['fields'] = {};
      const user = await users.findUserById(db, input.userId);
      if (!user || user.disabledAt !== null) errors.userId = 'admin.error.invalidChoice';
      const name = input.name.trim();
      if (!name) errors.name = 'admin.error.required';
      else if (name.length > 200) errors.name = 'admin.error.tooLong';
      const scopes = [...new Set(input.scopes)];
      if (scopes.length === 0 || !scopes.every(isScope)) errors.scopes = 'admin.tokens.error.scopes';
      if (!(TOKEN_EXPIRY_DAYS as readonly (number | null)[]).includes(input.expiresInDays)) errors.expiresInDays = 'admin.error.invalidChoice';
      if (Object.keys(errors).length > 0) throw new FormError('api_token.invalid', errors);
      const at = now();
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const expiresAt = input.expiresInDays === null ? null : new Date(at.getTime() + input.expiresInDays * DAY_MS).toISOString();
      const id = await tokens.insertToken(
        db,
        {
          userId: input.userId,
          name,
          tokenHash: hashOf(token),
          tokenHint: `${token.slice(0, TOKEN_PREFIX.length + 6)}…`,
          scopes,
          createdBy: actorId,
          expiresAt,
        },
        at.toISOString(),
      );
      await audit.record(actorId, 'api_token.create', `api_token:${id}`, { userId: input.userId, scopes, expiresAt });
      return { id, token };
    },

    list: () => tokens.listTokens(db),

    async revoke(id, actorId) {
      if (!(await tokens.revokeToken(db, id, now().toISOString()))) throw new AppError('api_token.not_found', `No active API token ${id}`);
      await audit.record(actorId, 'api_token.revoke', `api_token:${id}`);
    },

    async authenticate(token) {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
      const found = await tokens.findTokenByHash(db, hashOf(token));
      const at = now();
      if (!found || found.revokedAt !== null || (found.expiresAt !== null && found.expiresAt <= at.toISOString())) return null;
      const user = await users.findUserById(db, found.userId);
      if (!user || user.disabledAt !== null) return null;
      if (!found.lastUsedAt || at.getTime() - new Date(found.lastUsedAt).getTime() > TOUCH_EVERY_MS) await tokens.touchToken(db, found.id, at.toISOString());
      const { passwordHash: _hash, disabledAt: _since, ...account } = user;
      return { tokenId: found.id, user: account, scopes: found.scopes.filter(isScope) };
    },
  };
}
