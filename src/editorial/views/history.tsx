import { CsrfField, DataTable } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface HistoryView {
  rows: { revision: number; href: string; status: string; savedBy: string; savedAt: string; savedAtIso: string; title: string }[];
  editHref: string;
  editLabel: string;
}

export function HistoryPage({ t, view }: { t: Translate; view: HistoryView }) {
  return (
    <>
      <p>
        <a href={view.editHref}>{view.editLabel}</a>
      </p>
      <DataTable
        label={t('admin.story.history')}
        columns={[t('admin.history.revision'), t('admin.story.title'), t('admin.stories.status'), t('admin.history.savedBy'), t('admin.history.savedAt')]}
      >
        {view.rows.map((row) => (
          <tr>
            <td>
              <a href={row.href}>{row.revision}</a>
            </td>
            <td dir="auto">{row.title}</td>
            <td>{row.status}</td>
            <td>{row.savedBy}</td>
            <td>
              <time datetime={row.savedAtIso}>{row.savedAt}</time>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface RevisionView {
  fields: { label: string; parts: DiffPart[] }[];
  first: boolean;
  restore: { action: string; csrfToken: string } | null;
  historyHref: string;
  dir: 'ltr' | 'rtl';
  language: string;
}

/** Changes shown as inserted and deleted text, marked for screen readers and readable without colour. */
export function RevisionPage({ t, view }: { t: Translate; view: RevisionView }) {
  return (
    <>
      <p>
        <a href={view.historyHref}>{t('admin.story.history')}</a>
      </p>
      {view.first && <p class="notice">{t('admin.history.first')}</p>}
      {view.fields.map((field) => (
        <section class="diff">
          <h2>{field.label}</h2>
          <p class="diff__text" lang={view.language} dir={view.dir}>
            {field.parts.map((part) =>
              part.kind === 'added' ? (
                <ins>
                  <span class="visually-hidden">[{t('admin.history.added')}] </span>
                  {part.text}
                </ins>
              ) : part.kind === 'removed' ? (
                <del>
                  <span class="visually-hidden">[{t('admin.history.removed')}] </span>
                  {part.text}
                </del>
              ) : (
                part.text
              ),
            )}
          </p>
        </section>
      ))}
      {view.restore && (
        <form method="post" action={view.restore.action}>
          <CsrfField token={view.restore.csrfToken} />
          <button type="submit" class="button">
            {t('admin.history.restore')}
          </button>
        </form>
      )}
    </>
  );
}
