/** Administrators list, add and change staff accounts. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, ROLES, staffOf } from '../admin/index.ts';
import { idParam } from '../http/schemas.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import { formBody, noticeQuery, text } from './account-forms.ts';
import type { AccountsService } from './accounts.service.ts';
import type { User } from './accounts.types.ts';
import { UserForm, type UserFormView } from './views/user-form.tsx';
import { UsersPage } from './views/users-page.tsx';

const idParams = { params: { type: 'object', properties: { id: idParam }, required: ['id'] } };

const userValues = (user: User) => ({
  email: user.email,
  name: user.name,
  role: user.role,
  interfaceLanguage: user.interfaceLanguage,
  disabled: user.disabled,
});

export function usersRoutes(accounts: AccountsService): AdminRoutes {
  return (admin, tools) => {
    const languageOptions = () => tools.interfaceLanguages().map((language) => ({ value: language, label: nativeLanguageName(language) }));

    admin.get<{ Querystring: { done?: string } }>('/users', { config: { permission: 'users.manage' }, schema: noticeQuery }, async (request, reply) => {
      const users = await accounts.listUsers();
      return tools.page(request, reply, ({ t }) => ({
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
      }));
    });

    /** The form to add a user or change one; `title` is made in the staff member's language. */
    function userForm(
      request: FastifyRequest,
      reply: FastifyReply,
      form: Omit<UserFormView, 'csrfToken' | 'roles' | 'languages'>,
      title: (t: ReturnType<typeof tools.t>) => string,
      status = 200,
    ) {
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: title(t),
        status,
        body: (
          <UserForm
            t={t}
            form={{ ...form, csrfToken, roles: ROLES.map((role) => ({ value: role, label: t(`admin.role.${role}`) })), languages: languageOptions() }}
          />
        ),
      }));
    }

    admin.get('/users/new', { config: { permission: 'users.manage' } }, async (request, reply) => {
      const values = { email: '', name: '', role: 'author', interfaceLanguage: request.adminLanguage, disabled: false };
      return userForm(request, reply, { action: adminPaths.newUser, mode: 'create', values, errors: {}, notice: null }, (t) => t('admin.users.new'));
    });

    admin.post<{ Body: { email?: string; name?: string; role?: string; interfaceLanguage?: string; password?: string } }>(
      '/users/new',
      {
        config: { permission: 'users.manage' },
        schema: formBody({ email: text(320), name: text(200), role: text(20), interfaceLanguage: text(35), password: text(1024) }),
      },
      async (request, reply) => {
        const { email = '', name = '', role = '', interfaceLanguage = '', password = '' } = request.body;
        return tools.submit(
          request,
          async () => {
            await accounts.createUser({ email, name, role, interfaceLanguage, password }, staffOf(request).id);
            return reply.redirect(`${adminPaths.users}?done=created`, 303);
          },
          (errors) => {
            const values = { email, name, role, interfaceLanguage, disabled: false };
            return userForm(request, reply, { action: adminPaths.newUser, mode: 'create', values, errors, notice: null }, (t) => t('admin.users.new'), 400);
          },
        );
      },
    );

    admin.get<{ Params: { id: number }; Querystring: { done?: string } }>(
      '/users/:id',
      { config: { permission: 'users.manage' }, schema: { ...idParams, ...noticeQuery } },
      async (request, reply) => {
        const user = await accounts.findUser(request.params.id);
        const notice = request.query.done === 'saved' ? tools.t(request)('admin.users.saved') : null;
        return userForm(request, reply, { action: adminPaths.user(user.id), mode: 'edit', values: userValues(user), errors: {}, notice }, (t) =>
          t('admin.users.edit', { name: user.name }),
        );
      },
    );

    admin.post<{ Params: { id: number }; Body: { name?: string; role?: string; interfaceLanguage?: string; disabled?: string; password?: string } }>(
      '/users/:id',
      {
        config: { permission: 'users.manage' },
        schema: { ...idParams, ...formBody({ name: text(200), role: text(20), interfaceLanguage: text(35), disabled: text(10), password: text(1024) }) },
      },
      async (request, reply) => {
        const { name = '', role = '', interfaceLanguage = '', disabled, password = '' } = request.body;
        const changes = { name, role, interfaceLanguage, disabled: disabled === 'on', password };
        const user = await accounts.findUser(request.params.id);
        return tools.submit(
          request,
          async () => {
            await accounts.updateUser(user.id, changes, staffOf(request).id);
            return reply.redirect(`${adminPaths.user(user.id)}?done=saved`, 303);
          },
          (errors) => {
            const values = { name, role, interfaceLanguage, disabled: changes.disabled, email: user.email };
            return userForm(
              request,
              reply,
              { action: adminPaths.user(user.id), mode: 'edit', values, errors, notice: null },
              (t) => t('admin.users.edit', { name: user.name }),
              400,
            );
          },
        );
      },
    );
  };
}
