import { DataTable } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface AuditRowView {
  iso: string;
  when: string;
  who: string;
  action: string;
  subject: string;
}

export interface AuditPageProps {
  t: Translate;
  action: string;
  filter: { user: number | null; action: string };
  users: { value: string; label: string }[];
  actions: string[];
  entries: AuditRowView[];
  olderHref: string | null;
}

export function AuditPage({ t, action, filter, users, actions, entries, olderHref }: AuditPageProps) {
  return (
    <>
      <form method="get" action={action} class="filter-bar">
        <label for="filter-user">{t('admin.audit.who')}</label>
        <select id="filter-user" name="user">
          <option value="">{t('admin.audit.allUsers')}</option>
          {users.map((user) => (
            <option value={user.value} selected={String(filter.user) === user.value}>
              {user.label}
            </option>
          ))}
        </select>
        <label for="filter-action">{t('admin.audit.action')}</label>
        <select id="filter-action" name="action">
          <option value="">{t('admin.audit.allActions')}</option>
          {actions.map((name) => (
            <option value={name} selected={filter.action === name}>
              {name}
            </option>
          ))}
        </select>
        <button type="submit" class="button button--secondary">
          {t('admin.audit.filter')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <DataTable label={t('admin.audit.title')} columns={[t('admin.audit.when'), t('admin.audit.who'), t('admin.audit.action'), t('admin.audit.subject')]}>
          {entries.map((entry) => (
            <tr>
              <td>
                <time datetime={entry.iso}>{entry.when}</time>
              </td>
              <td>{entry.who}</td>
              <td dir="ltr">{entry.action}</td>
              <td dir="ltr">{entry.subject}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {olderHref && (
        <p>
          <a href={olderHref}>{t('admin.audit.older')}</a>
        </p>
      )}
    </>
  );
}
