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
  /** Each field's text before and in this revision, and its changes; null parts when too different to compare. */
  fields: { label: string; before: string; after: string; parts: DiffPart[] | null }[];
  first: boolean;
  restore: { action: string; csrfToken: string } | null;
  historyHref: string;
  dir: 'ltr' | 'rtl';
  language: string;
}

/** Word changes as inserted and deleted text (also used by `xliff`'s import preview). */
export function Changes({ t, parts }: { t: Translate; parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part) =>
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
    </>
  );
}

/** Texts too different to mark up word by word: both shown whole, one after the other. */
function TooDifferent({ t, view, field }: { t: Translate; view: RevisionView; field: RevisionView['fields'][number] }) {
  return (
    <section class="diff">
      <h2>{field.label}</h2>
      <p class="notice">{t('admin.history.tooDifferent')}</p>
      <h3>{t('admin.history.before')}</h3>
      <p class="diff__text" lang={view.language} dir={view.dir}>
        {field.before}
      </p>
      <h3>{t('admin.history.after')}</h3>
      <p class="diff__text" lang={view.language} dir={view.dir}>
        {field.after}
      </p>
    </section>
  );
}

/** Changes shown as inserted and deleted text, marked for screen readers and readable without colour. */
export function RevisionPage({ t, view }: { t: Translate; view: RevisionView }) {
  return (
    <>
      <p>
        <a href={view.historyHref}>{t('admin.story.history')}</a>
      </p>
      {view.first && <p class="notice">{t('admin.history.first')}</p>}
      {view.fields.map((field) =>
        field.parts === null ? (
          <TooDifferent t={t} view={view} field={field} />
        ) : (
          <section class="diff">
            <h2>{field.label}</h2>
            <p class="diff__text" lang={view.language} dir={view.dir}>
              <Changes t={t} parts={field.parts} />
            </p>
          </section>
        ),
      )}
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
