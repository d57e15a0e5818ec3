/** The glossary in the admin: the entries, a form to add or change one, import and export. */
import { CsrfField, DataTable, ErrorSummary, Notice, SelectField, TextAreaField, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface EntryForm {
  kind: string;
  sourceLanguage: string;
  targetLanguage: string;
  term: string;
  translation: string;
  note: string;
}

export interface GlossaryRow {
  kind: string;
  languages: string;
  term: string;
  translation: string;
  note: string;
  editHref: string;
}

export interface EntryFormView {
  action: string;
  csrfToken: string;
  values: EntryForm;
  errors: Record<string, string>;
  languages: { value: string; label: string }[];
  /** Shown when editing an existing entry. */
  deleteAction: string | null;
}

export function EntryFormFields({ t, view }: { t: Translate; view: EntryFormView }) {
  const { values, errors } = view;
  const kinds = (['force', 'keep', 'forbid'] as const).map((kind) => ({ value: kind, label: t(`admin.glossary.kind.${kind}`) }));
  const languages = [{ value: '', label: t('admin.glossary.anyLanguage') }, ...view.languages];
  return (
    <>
      <form method="post" action={view.action} class="admin-form" novalidate>
        <CsrfField token={view.csrfToken} />
        <SelectField name="kind" label={t('admin.glossary.kind')} hint={t('admin.glossary.kindHint')} value={values.kind} options={kinds} error={errors.kind} />
        <SelectField
          name="sourceLanguage"
          label={t('admin.glossary.sourceLanguage')}
          value={values.sourceLanguage}
          options={languages}
          error={errors.sourceLanguage}
        />
        <SelectField
          name="targetLanguage"
          label={t('admin.glossary.targetLanguage')}
          value={values.targetLanguage}
          options={languages}
          error={errors.targetLanguage}
        />
        <TextField
          name="term"
          label={t('admin.glossary.term')}
          hint={t('admin.glossary.termHint')}
          value={values.term}
          error={errors.term}
          required
          maxLength={200}
        />
        <TextField
          name="translation"
          label={t('admin.glossary.translation')}
          hint={t('admin.glossary.translationHint')}
          value={values.translation}
          error={errors.translation}
          maxLength={200}
        />
        <TextAreaField name="note" label={t('admin.glossary.note')} value={values.note} error={errors.note} rows={2} maxLength={500} />
        <button type="submit" class="button">
          {t('admin.glossary.save')}
        </button>
      </form>
      {view.deleteAction && (
        <form method="post" action={view.deleteAction} class="move-form">
          <CsrfField token={view.csrfToken} />
          <button type="submit" class="button button--secondary">
            {t('admin.glossary.delete')}
          </button>
        </form>
      )}
    </>
  );
}

export interface GlossaryPageView {
  notice: string | null;
  form: EntryFormView;
  rows: GlossaryRow[];
  importAction: string;
  importError: string | null;
  exportCsv: string;
  exportTbx: string;
}

export function GlossaryPage({ t, view }: { t: Translate; view: GlossaryPageView }) {
  return (
    <>
      <ErrorSummary text={Object.keys(view.form.errors).length > 0 ? t('admin.error.summary') : view.importError} />
      <Notice text={view.notice} />
      <p>{t('admin.glossary.intro')}</p>
      <h2>{t('admin.glossary.entries')}</h2>
      {view.rows.length === 0 ? (
        <p>{t('admin.glossary.empty')}</p>
      ) : (
        <DataTable
          label={t('admin.glossary.entries')}
          columns={[
            t('admin.glossary.term'),
            t('admin.glossary.kind'),
            t('admin.glossary.languages'),
            t('admin.glossary.translation'),
            t('admin.glossary.note'),
          ]}
        >
          {view.rows.map((row) => (
            <tr>
              <th scope="row" dir="auto">
                <a href={row.editHref}>{row.term}</a>
              </th>
              <td>{row.kind}</td>
              <td>{row.languages}</td>
              <td dir="auto">{row.translation}</td>
              <td dir="auto">{row.note}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t('admin.glossary.add')}</h2>
      <EntryFormFields t={t} view={view.form} />
      <h2>{t('admin.glossary.exchange')}</h2>
      <p>{t('admin.glossary.exchangeHint')}</p>
      <ul class="plain-list">
        <li>
          <a href={view.exportCsv}>{t('admin.glossary.exportCsv')}</a>
        </li>
        <li>
          <a href={view.exportTbx}>{t('admin.glossary.exportTbx')}</a>
        </li>
      </ul>
      <form method="post" action={view.importAction} enctype="multipart/form-data" class="admin-form">
        <CsrfField token={view.form.csrfToken} />
        <div class="field">
          <label for="glossary-file">{t('admin.glossary.importFile')}</label>
          <input id="glossary-file" name="file" type="file" accept=".csv,.tbx,.xml,text/csv,application/xml" required />
        </div>
        <button type="submit" class="button button--secondary">
          {t('admin.glossary.import')}
        </button>
      </form>
    </>
  );
}
