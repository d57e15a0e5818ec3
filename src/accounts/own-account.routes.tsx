/** A staff member's own account: their password and the admin's interface language. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import { formBody, noticeQuery, text } from './account-forms.ts';
import type { AccountsService } from './accounts.service.ts';
import { AccountPage } from './views/account-page.tsx';

export function ownAccountRoutes(accounts: AccountsService): AdminRoutes {
  return (admin, tools) => {
    const languageOptions = () => tools.interfaceLanguages().map((language) => ({ value: language, label: nativeLanguageName(language) }));

    function accountPage(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { errors: Record<string, string>; notice: string | null; language?: string },
      status = 200,
    ) {
      const staff = staffOf(request);
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.nav.account'),
        status,
        body: (
          <AccountPage
            t={t}
            forms={{
              csrfToken,
              passwordAction: adminPaths.accountPassword,
              languageAction: adminPaths.accountLanguage,
              language: state.language ?? staff.interfaceLanguage,
              languages: languageOptions(),
              errors: state.errors,
              notice: state.notice,
            }}
          />
        ),
      }));
    }

    admin.get<{ Querystring: { done?: string } }>('/account', { config: { permission: 'admin.enter' }, schema: noticeQuery }, async (request, reply) => {
      const t = tools.t(request);
      const notice = request.query.done === 'password' ? t('admin.password.changed') : request.query.done === 'saved' ? t('admin.users.saved') : null;
      return accountPage(request, reply, { errors: {}, notice });
    });

    admin.post<{ Body: { currentPassword?: string; newPassword?: string } }>(
      '/account/password',
      { config: { permission: 'admin.enter' }, schema: formBody({ currentPassword: text(1024), newPassword: text(1024) }) },
      async (request, reply) =>
        tools.submit(
          request,
          async () => {
            await accounts.changePassword(staffOf(request).id, request.body.currentPassword ?? '', request.body.newPassword ?? '', request.sessionToken!);
            return reply.redirect(`${adminPaths.account}?done=password`, 303);
          },
          (errors) => accountPage(request, reply, { errors, notice: null }, 400),
        ),
    );

    admin.post<{ Body: { interfaceLanguage?: string } }>(
      '/account/language',
      { config: { permission: 'admin.enter' }, schema: formBody({ interfaceLanguage: text(35) }) },
      async (request, reply) =>
        tools.submit(
          request,
          async () => {
            await accounts.setInterfaceLanguage(staffOf(request).id, request.body.interfaceLanguage ?? '');
            return reply.redirect(`${adminPaths.account}?done=saved`, 303);
          },
          (errors) => accountPage(request, reply, { errors, notice: null, language: request.body.interfaceLanguage }, 400),
        ),
    );
  };
}
