/** Administrators make, list and revoke staff API tokens at /admin/api-tokens. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import { formatDateTime } from '../i18n/dates.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { text } from './account-forms.ts';
import type { AccountsService } from './accounts.service.ts';
import { API_SCOPES, type ApiTokensService, TOKEN_EXPIRY_DAYS } from './api-tokens.service.ts';
import { ApiTokensPage, type ApiTokensPageView } from './views/api-tokens-page.tsx';

const config = { permission: 'tokens.manage' } as const;
const body = {
  type: 'object',
  properties: {
    _csrf: text(200),
    userId: { type: 'string', pattern: '^[0-9]{1,10}$' },
    name: text(1000),
    scopes: { type: 'array', maxItems: 10, items: text(40) },
    expiresInDays: { type: 'string', pattern: '^([0-9]{1,4}|never)$' },
  },
} as const;
type Body = { userId?: string; name?: string; scopes?: string[] | string; expiresInDays?: string };

export function apiTokensRoutes(apiTokens: ApiTokensService, accounts: AccountsService): AdminRoutes {
  return (admin, tools) => {
    async function page(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { created?: string; notice?: string | null; values?: ApiTokensPageView['values']; errors?: Record<string, string>; status?: number } = {},
    ) {
      const [tokens, staff] = await Promise.all([apiTokens.list(), accounts.listUsers()]);
      const names = new Map(staff.map((user) => [user.id, user.name]));
      const language = request.adminLanguage;
      const at = new Date().toISOString();
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.tokens.title'),
        status: state.status,
        body: (
          <ApiTokensPage
            t={t}
            view={{
              action: adminPaths.apiTokens,
              csrfToken,
              notice: state.notice ?? null,
              created: state.created ?? null,
              values: state.values ?? { userId: String(staffOf(request).id), name: '', scopes: ['stories:read'], expiresInDays: '90' },
              errors: state.errors ?? {},
              users: staff
                .filter((user) => !user.disabled)
                .map((user) => ({ value: String(user.id), label: `${user.name} (${t(`admin.role.${user.role}`)})` })),
              scopes: API_SCOPES.map((scope) => ({ value: scope, label: t(`admin.tokens.scope.${scope.replace(':', '_')}` as MessageKey) })),
              expiries: TOKEN_EXPIRY_DAYS.map((days) => ({
                value: days === null ? 'never' : String(days),
                label: days === null ? t('admin.tokens.expiry.never') : t('admin.tokens.expiry.days', { days }),
              })),
              tokens: tokens.map((token) => {
                const expired = token.expiresAt !== null && token.expiresAt <= at;
                return {
                  name: token.name,
                  hint: token.tokenHint,
                  userName: names.get(token.userId) ?? '',
                  scopes: token.scopes.join(', '),
                  created: formatDateTime(token.createdAt, language),
                  expires: token.expiresAt ? formatDateTime(token.expiresAt, language) : t('admin.tokens.expiry.never'),
                  lastUsed: token.lastUsedAt ? formatDateTime(token.lastUsedAt, language) : t('admin.tokens.neverUsed'),
                  stateLabel: t(token.revokedAt ? 'admin.tokens.status.revoked' : expired ? 'admin.tokens.status.expired' : 'admin.tokens.status.active'),
                  revokeAction: token.revokedAt || expired ? null : `${adminPaths.apiToken(token.id)}/revoke`,
                };
              }),
            }}
          />
        ),
      }));
    }

    admin.get<{ Querystring: { done?: string } }>(
      '/api-tokens',
      { config, schema: { querystring: { type: 'object', properties: { done: text(20) } } } },
      async (request, reply) => page(request, reply, { notice: request.query.done === 'revoked' ? tools.t(request)('admin.tokens.revoked') : null }),
    );

    admin.post<{ Body: Body }>('/api-tokens', { config, schema: { body } }, async (request, reply) => {
      const values = {
        userId: request.body.userId ?? '',
        name: request.body.name ?? '',
        scopes: [request.body.scopes ?? []].flat(),
        expiresInDays: request.body.expiresInDays ?? '',
      };
      return tools.submit(
        request,
        async () => {
          const expiresInDays = values.expiresInDays === 'never' ? null : Number(values.expiresInDays);
          const { token } = await apiTokens.create(
            { userId: Number(values.userId), name: values.name, scopes: values.scopes, expiresInDays },
            staffOf(request).id,
          );
          // Shown in this answer only; nothing can show it again.
          return page(request, reply, { created: token, status: 201 });
        },
        (errors) => page(request, reply, { values, errors, status: 400 }),
      );
    });

    admin.post<{ Params: { id: number } }>(
      '/api-tokens/:id/revoke',
      { config, schema: { params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] }, body } },
      async (request, reply) => {
        await apiTokens.revoke(request.params.id, staffOf(request).id);
        return reply.redirect(`${adminPaths.apiTokens}?done=revoked`, 303);
      },
    );
  };
}
