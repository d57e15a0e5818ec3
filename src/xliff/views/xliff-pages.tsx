/** The XLIFF page (export a selection, import a file) and the import's preview with its changes. */
import { CheckboxGroup, CsrfField, ErrorSummary, Notice, SelectField } from '../../admin/index.ts';
import { type TextChange, TextChangesView } from '../../editorial/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface XliffPageView {
  csrfToken: string;
  notice: string | null;
  error: string | null;
  exportAction: string;
  importAction: string;
  languages: { value: string; label: string }[];
  language: string;
  stories: { value: string; label: string }[];
  chosen: string[];
}

export function XliffPage({ t, view }: { t: Translate; view: XliffPageView }) {
  return (
    <>
      <ErrorSummary text={view.error} />
      <Notice text={view.notice} />
      <p>{t('admin.xliff.intro')}</p>
      <h2>{t('admin.xliff.export')}</h2>
      <form method="get" action={view.exportAction} class="admin-form">
        <SelectField name="language" label={t('admin.xliff.language')} value={view.language} options={view.languages} />
        <SelectField
          name="version"
          label={t('admin.xliff.version')}
          hint={t('admin.xliff.versionHint')}
          value="2.1"
          options={[
            { value: '2.1', label: 'XLIFF 2.1' },
            { value: '1.2', label: 'XLIFF 1.2' },
          ]}
        />
        <CheckboxGroup name="story" legend={t('admin.xliff.stories')} options={view.stories} checked={view.chosen} />
        <button type="submit" class="button">
          {t('admin.xliff.download')}
        </button>
      </form>
      <h2>{t('admin.xliff.import')}</h2>
      <p>{t('admin.xliff.importHint')}</p>
      <form method="post" action={view.importAction} enctype="multipart/form-data" class="admin-form">
        <CsrfField token={view.csrfToken} />
        <div class="field">
          <label for="xliff-file">{t('admin.xliff.file')}</label>
          <input id="xliff-file" name="file" type="file" accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml" required />
        </div>
        <button type="submit" class="button button--secondary">
          {t('admin.xliff.check')}
        </button>
      </form>
    </>
  );
}

export interface PreviewStory {
  heading: string;
  isNew: boolean;
  fields: { label: string; parts: TextChange[] | null; after: string }[];
}

export interface PreviewView {
  csrfToken: string;
  saveAction: string;
  file: string;
  language: string;
  dir: 'ltr' | 'rtl';
  stories: PreviewStory[];
}

export function XliffPreview({ t, view }: { t: Translate; view: PreviewView }) {
  return (
    <>
      <p>{t('admin.xliff.previewIntro')}</p>
      {view.stories.map((story) => (
        <section class="diff" aria-label={story.heading}>
          <h2>{story.heading}</h2>
          {story.isNew && <p class="notice">{t('admin.xliff.newTranslation')}</p>}
          {story.fields.map((field) => (
            <>
              <h3>{field.label}</h3>
              <p class="diff__text" lang={view.language} dir={view.dir}>
                {field.parts ? <TextChangesView t={t} parts={field.parts} /> : field.after}
              </p>
            </>
          ))}
        </section>
      ))}
      <form method="post" action={view.saveAction}>
        <CsrfField token={view.csrfToken} />
        <input type="hidden" name="xliff" value={view.file} />
        <button type="submit" class="button">
          {t('admin.xliff.save')}
        </button>
      </form>
    </>
  );
}
