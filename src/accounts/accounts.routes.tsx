/** Sign-in and sign-out, one's own password and interface language, and (administrators) users. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AdminRoutes, AdminTools } from '../admin/index.ts';
import { adminPaths, ROLES, SESSION_COOKIE, safeNext, staffOf } from '../admin/index.ts';
import { FormError } from '../http/form-error.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import { type AccountsService, SESSION_ABSOLUTE_MS, TooManyAttempts, type User } from './accounts.service.ts';
import { AccountPage } from './views/account-page.tsx';
import { SignInPage } from './views/sign-in-page.tsx';
import { UserForm, type UserFormView } from './views/user-form.tsx';
import { UsersPage } from './views/users-page.tsx';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const formBody = (properties: Record<string, { type: 'string'; maxLength: number }>) => ({
  body: { type: 'object', properties: { ...properties, _csrf: text(200) } },
});
const idParams = { params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } };
const noticeQuery = { querystring: { type: 'object', properties: { done: text(20), next: text(2000) } } };

type Errors = Partial<Record<string, string>>;

export function accountsRoutes(accounts: AccountsService): AdminRoutes {
  return (admin, tools: AdminTools) => {
    const languageOptions = () => tools.interfaceLanguages().map((language) => ({ value: language, label: nativeLanguageName(language) }));
    const roleOptions = (t: Translate) => ROLES.map((role) => ({ value: role, label: t(`admin.role.${role}`) }));

    function signInPage(
      request: FastifyRequest,
      reply: FastifyReply,
      form: { email: string; next: string; error: string | null; notice: string | null },
      status = 200,
    ) {
      const t = tools.t(request);
      return tools.render(request, reply, {
        title: t('admin.signIn.title'),
        status,
        body: <SignInPage t={t} form={{ action: adminPaths.signIn, csrfToken: tools.csrfToken(reply), ...form }} />,
      });
    }

    admin.get<{ Querystring: { next?: string; done?: string } }>(
      '/sign-in',
      { config: { permission: 'public' }, schema: noticeQuery },
      async (request, reply) => {
        if (request.staff) return reply.redirect(safeNext(request.query.next), 303);
        const t = tools.t(request);
        const notice = request.query.done === 'signed-out' ? t('admin.signIn.signedOut') : request.query.next ? t('admin.signIn.required') : null;
        return signInPage(request, reply, { email: '', next: request.query.next ?? '', error: null, notice });
      },
    );

    admin.post<{ Body: { email?: string; password?: string; next?: string } }>(
      '/sign-in',
      { config: { permission: 'public' }, schema: formBody({ email: text(320), password: text(1024), next: text(2000) }) },
      async (request, reply) => {
        const { email = '', password = '', next = '' } = request.body;
        const t = tools.t(request);
        try {
          const session = await accounts.signIn(email, password, request.ip, request.sessionToken ?? undefined);
          reply.setCookie(SESSION_COOKIE, session.token, {
            path: '/admin',
            httpOnly: true,
            sameSite: 'lax',
            secure: tools.secureCookies,
            maxAge: SESSION_ABSOLUTE_MS / 1000,
          });
          return reply.redirect(safeNext(next), 303);
        } catch (error) {
          if (error instanceof TooManyAttempts) {
            reply.header('retry-after', String(error.retryAfterSeconds));
            const error429 = t('admin.signIn.throttled', { minutes: Math.ceil(error.retryAfterSeconds / 60) });
            return signInPage(request, reply, { email, next, error: error429, notice: null }, 429);
          }
          if (error instanceof FormError) return signInPage(request, reply, { email, next, error: t('admin.error.signIn'), notice: null }, 401);
          throw error;
        }
      },
    );

    admin.post('/sign-out', { config: { permission: 'admin.enter' }, schema: formBody({}) }, async (request, reply) => {
      if (request.sessionToken) await accounts.signOut(request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
      return reply.redirect(`${adminPaths.signIn}?done=signed-out`, 303);
    });

    function accountPage(request: FastifyRequest, reply: FastifyReply, state: { errors: Errors; notice: string | null; language?: string }, status = 200) {
      const t = tools.t(request);
      const staff = staffOf(request);
      return tools.render(request, reply, {
        title: t('admin.nav.account'),
        status,
        body: (
          <AccountPage
            t={t}
            forms={{
              csrfToken: tools.csrfToken(reply),
              passwordAction: adminPaths.accountPassword,
              languageAction: adminPaths.accountLanguage,
              language: state.language ?? staff.interfaceLanguage,
              languages: languageOptions(),
              errors: state.errors,
              notice: state.notice,
            }}
          />
        ),
      });
    }

    admin.get<{ Querystring: { done?: string } }>('/account', { config: { permission: 'admin.enter' }, schema: noticeQuery }, async (request, reply) => {
      const t = tools.t(request);
      const notice = request.query.done === 'password' ? t('admin.password.changed') : request.query.done === 'saved' ? t('admin.users.saved') : null;
      return accountPage(request, reply, { errors: {}, notice });
    });

    admin.post<{ Body: { currentPassword?: string; newPassword?: string } }>(
      '/account/password',
      { config: { permission: 'admin.enter' }, schema: formBody({ currentPassword: text(1024), newPassword: text(1024) }) },
      async (request, reply) => {
        try {
          await accounts.changePassword(staffOf(request).id, request.body.currentPassword ?? '', request.body.newPassword ?? '', request.sessionToken!);
          return reply.redirect(`${adminPaths.account}?done=password`, 303);
        } catch (error) {
          if (error instanceof FormError) return accountPage(request, reply, { errors: tools.fieldErrors(request, error), notice: null }, 400);
          throw error;
        }
      },
    );

    admin.post<{ Body: { interfaceLanguage?: string } }>(
      '/account/language',
      { config: { permission: 'admin.enter' }, schema: formBody({ interfaceLanguage: text(35) }) },
      async (request, reply) => {
        try {
          await accounts.setInterfaceLanguage(staffOf(request).id, request.body.interfaceLanguage ?? '');
          return reply.redirect(`${adminPaths.account}?done=saved`, 303);
        } catch (error) {
          if (error instanceof FormError)
            return accountPage(request, reply, { errors: tools.fieldErrors(request, error), notice: null, language: request.body.interfaceLanguage }, 400);
          throw error;
        }
      },
    );

    admin.get<{ Querystring: { done?: string } }>('/users', { config: { permission: 'users.manage' }, schema: noticeQuery }, async (request, reply) => {
      const t = tools.t(request);
      const users = await accounts.listUsers();
      return tools.render(request, reply, {
        title: t('admin.users.title'),
        body: (
          <UsersPage
            t={t}
            newHref={adminPaths.newUser}
            notice={request.query.done === 'created' ? t('admin.users.created') : request.query.done === 'saved' ? t('admin.users.saved') : null}
            users={users.map((user) => ({
              name: user.name,
              email: user.email,
              roleLabel: t(`admin.role.${user.role}`),
              languageName: nativeLanguageName(user.interfaceLanguage),
              disabled: user.disabled,
              href: adminPaths.user(user.id),
            }))}
          />
        ),
      });
    });

    function userForm(
      request: FastifyRequest,
      reply: FastifyReply,
      form: Omit<UserFormView, 'csrfToken' | 'roles' | 'languages'>,
      title: string,
      status = 200,
    ) {
      const t = tools.t(request);
      return tools.render(request, reply, {
        title,
        status,
        body: <UserForm t={t} form={{ ...form, csrfToken: tools.csrfToken(reply), roles: roleOptions(t), languages: languageOptions() }} />,
      });
    }

    const userValues = (user: User) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      interfaceLanguage: user.interfaceLanguage,
      disabled: user.disabled,
    });

    admin.get('/users/new', { config: { permission: 'users.manage' } }, async (request, reply) => {
      const values = { email: '', name: '', role: 'author', interfaceLanguage: request.adminLanguage, disabled: false };
      return userForm(request, reply, { action: adminPaths.newUser, mode: 'create', values, errors: {}, notice: null }, tools.t(request)('admin.users.new'));
    });

    admin.post<{ Body: { email?: string; name?: string; role?: string; interfaceLanguage?: string; password?: string } }>(
      '/users/new',
      {
        config: { permission: 'users.manage' },
        schema: formBody({ email: text(320), name: text(200), role: text(20), interfaceLanguage: text(35), password: text(1024) }),
      },
      async (request, reply) => {
        const { email = '', name = '', role = '', interfaceLanguage = '', password = '' } = request.body;
        try {
          await accounts.createUser({ email, name, role, interfaceLanguage, password }, staffOf(request).id);
          return reply.redirect(`${adminPaths.users}?done=created`, 303);
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          const t = tools.t(request);
          const values = { email, name, role, interfaceLanguage, disabled: false };
          return userForm(
            request,
            reply,
            { action: adminPaths.newUser, mode: 'create', values, errors: tools.fieldErrors(request, error), notice: null },
            t('admin.users.new'),
            400,
          );
        }
      },
    );

    admin.get<{ Params: { id: number }; Querystring: { done?: string } }>(
      '/users/:id',
      { config: { permission: 'users.manage' }, schema: { ...idParams, ...noticeQuery } },
      async (request, reply) => {
        const t = tools.t(request);
        const user = await accounts.findUser(request.params.id);
        const notice = request.query.done === 'saved' ? t('admin.users.saved') : null;
        return userForm(
          request,
          reply,
          { action: adminPaths.user(user.id), mode: 'edit', values: userValues(user), errors: {}, notice },
          t('admin.users.edit', { name: user.name }),
        );
      },
    );

    admin.post<{ Params: { id: number }; Body: { name?: string; role?: string; interfaceLanguage?: string; disabled?: string } }>(
      '/users/:id',
      {
        config: { permission: 'users.manage' },
        schema: { ...idParams, ...formBody({ name: text(200), role: text(20), interfaceLanguage: text(35), disabled: text(10) }) },
      },
      async (request, reply) => {
        const { name = '', role = '', interfaceLanguage = '', disabled } = request.body;
        const changes = { name, role, interfaceLanguage, disabled: disabled === 'on' };
        const user = await accounts.findUser(request.params.id);
        try {
          await accounts.updateUser(user.id, changes, staffOf(request).id);
          return reply.redirect(`${adminPaths.user(user.id)}?done=saved`, 303);
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          const t = tools.t(request);
          const values = { ...changes, email: user.email };
          return userForm(
            request,
            reply,
            { action: adminPaths.user(user.id), mode: 'edit', values, errors: tools.fieldErrors(request, error), notice: null },
            t('admin.users.edit', { name: user.name }),
            400,
          );
        }
      },
    );
  };
}
