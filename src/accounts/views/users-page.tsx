import { DataTable } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface UserRowView {
  name: string;
  email: string;
  roleLabel: string;
  languageName: string;
  disabled: boolean;
  href: string;
}

export function UsersPage({ t, users, newHref, notice }: { t: Translate; users: UserRowView[]; newHref: string; notice: string | null }) {
  return (
    <>
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      <p>
        <a class="button" href={newHref}>
          {t('admin.users.new')}
        </a>
      </p>
      <DataTable
        label={t('admin.users.title')}
        columns={[t('admin.users.name'), t('admin.users.email'), t('admin.users.role'), t('admin.users.language'), t('admin.users.status')]}
      >
        {users.map((user) => (
          <tr>
            <td>
              <a href={user.href}>{user.name}</a>
            </td>
            <td dir="ltr">{user.email}</td>
            <td>{user.roleLabel}</td>
            <td>{user.languageName}</td>
            <td>{user.disabled ? t('admin.users.disabled') : t('admin.users.active')}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
