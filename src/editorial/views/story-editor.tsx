import { CheckboxField, CheckboxGroup, CsrfField, ErrorSummary, Notice, SelectField, TextAreaField, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { Option } from './stories-list.tsx';

export interface StoryEditorView {
  action: string;
  /** Toolbar and prompt texts for the rich-text editor island, as JSON. */
  editorLabels: string;
  csrfToken: string;
  language: string;
  dir: 'ltr' | 'rtl';
  canEdit: boolean;
  values: {
    title: string;
    slug: string;
    summary: string;
    bodyHtml: string;
    featured: boolean;
    termIds: string[];
    memberStates: string[];
    heroImageId: string;
    sourceLanguage: string;
  };
  /** Story-wide fields are shown to those who may change them. */
  showStoryFields: boolean;
  options: { sections: Option[]; tags: Option[]; memberStates: Option[]; images: Option[] };
  errors: Partial<Record<'title' | 'slug' | 'summary' | 'bodyHtml' | 'publishAt', string>>;
  notice: string | null;
  source: { languageName: string; language: string; dir: 'ltr' | 'rtl'; title: string; summary: string; bodyHtml: string } | null;
  outOfDate: boolean;
  statusLine: string | null;
  moves: { to: string; label: string; action: string }[];
  links: { label: string; href: string }[];
  languages: { name: string; state: string; href: string; current: boolean }[];
  /** The terminology check's findings on the text shown, one sentence each; null when there is nothing to check against. */
  terminology: string[] | null;
  /** Machine translations of the story, when engines are configured. */
  machine: {
    entries: { name: string; language: string; state: string; reviewAction: string | null }[];
    /** Fills the form with this language's machine translation. */
    draftHref: string | null;
    /** Makes this language's machine translation now. */
    makeAction: string | null;
  } | null;
}

export function StoryEditor({ t, view }: { t: Translate; view: StoryEditorView }) {
  const { values, errors } = view;
  return (
    <div class="editor-layout">
      <div class="editor-main">
        <ErrorSummary text={Object.keys(errors).length > 0 ? t('admin.error.summary') : null} />
        <Notice text={view.notice} />
        {view.outOfDate && <p class="notice notice--warning">{t('admin.story.outOfDate')}</p>}
        {view.canEdit ? (
          <form method="post" action={view.action} class="admin-form admin-form--wide" novalidate lang={view.language} dir={view.dir}>
            <CsrfField token={view.csrfToken} />
            {!view.showStoryFields && <input type="hidden" name="heroImageId" value={values.heroImageId} />}
            <input type="hidden" name="sourceLanguage" value={values.sourceLanguage} />
            <TextField name="title" label={t('admin.story.title')} value={values.title} error={errors.title} required maxLength={300} />
            <TextField name="slug" label={t('admin.story.slug')} hint={t('admin.story.slugHint')} value={values.slug} error={errors.slug} maxLength={200} />
            <TextAreaField name="summary" label={t('admin.story.summary')} value={values.summary} error={errors.summary} maxLength={1000} rows={3} />
            <TextAreaField
              name="bodyHtml"
              label={t('admin.story.body')}
              hint={t('admin.story.bodyHint')}
              value={values.bodyHtml}
              error={errors.bodyHtml}
              rows={16}
              className="body-editor"
              required
              data={{ 'editor-labels': view.editorLabels }}
            />
            {view.showStoryFields && (
              <details class="filing" open>
                <summary>{t('admin.story.filing')}</summary>
                <CheckboxGroup name="termIds" legend={t('admin.story.sections')} options={view.options.sections} checked={values.termIds} />
                <CheckboxGroup name="termIds" legend={t('admin.story.tags')} options={view.options.tags} checked={values.termIds} />
                <CheckboxGroup name="memberStates" legend={t('admin.story.memberStates')} options={view.options.memberStates} checked={values.memberStates} />
                <SelectField
                  name="heroImageId"
                  label={t('admin.story.heroImage')}
                  value={values.heroImageId}
                  options={[{ value: '', label: t('admin.story.noImage') }, ...view.options.images]}
                />
                <CheckboxField name="featured" label={t('admin.story.featured')} checked={values.featured} />
              </details>
            )}
            <button type="submit" class="button">
              {t('admin.story.save')}
            </button>
          </form>
        ) : (
          <>
            <p class="notice">{t('admin.story.readOnly')}</p>
            <article lang={view.language} dir={view.dir} class="prose">
              <h2>{values.title}</h2>
              <p>{values.summary}</p>
              <div dangerouslySetInnerHTML={{ __html: values.bodyHtml }} />
            </article>
          </>
        )}
      </div>
      <aside class="editor-side">
        <section aria-labelledby="workflow-heading">
          <h2 id="workflow-heading">{t('admin.story.workflow')}</h2>
          {view.statusLine && <p>{view.statusLine}</p>}
          {view.moves.map((move) => (
            <form method="post" action={move.action} class="move-form">
              <CsrfField token={view.csrfToken} />
              <input type="hidden" name="to" value={move.to} />
              {move.to === 'scheduled' && (
                <TextField name="publishAt" label={t('admin.story.publishAt')} error={errors.publishAt} type="datetime-local" value="" required />
              )}
              <button type="submit" class="button button--secondary">
                {move.label}
              </button>
            </form>
          ))}
          <ul class="plain-list">
            {view.links.map((link) => (
              <li>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="languages-heading">
          <h2 id="languages-heading">{t('admin.story.languages')}</h2>
          <ul class="plain-list">
            {view.languages.map((entry) => (
              <li>
                {entry.current ? <strong aria-current="page">{entry.name}</strong> : <a href={entry.href}>{entry.name}</a>} — {entry.state}
              </li>
            ))}
          </ul>
        </section>
        {view.terminology && (
          <section aria-labelledby="terminology-heading">
            <h2 id="terminology-heading">{t('admin.terminology.heading')}</h2>
            {view.terminology.length === 0 ? (
              <p>{t('admin.terminology.none')}</p>
            ) : (
              <ul class="plain-list terminology-findings">
                {view.terminology.map((finding) => (
                  <li>{finding}</li>
                ))}
              </ul>
            )}
          </section>
        )}
        {view.machine && (
          <section aria-labelledby="machine-heading">
            <h2 id="machine-heading">{t('admin.machine.heading')}</h2>
            {view.machine.draftHref && (
              <p>
                <a class="button button--secondary" href={view.machine.draftHref}>
                  {t('admin.machine.startFromDraft')}
                </a>
              </p>
            )}
            {view.machine.makeAction && (
              <form method="post" action={view.machine.makeAction}>
                <CsrfField token={view.csrfToken} />
                <button type="submit" class="button button--secondary">
                  {t('admin.machine.make')}
                </button>
              </form>
            )}
            {view.machine.entries.length === 0 ? (
              <p>{t('admin.machine.none')}</p>
            ) : (
              <ul class="plain-list">
                {view.machine.entries.map((entry) => (
                  <li>
                    <span lang={entry.language}>{entry.name}</span> — {entry.state}
                    {entry.reviewAction && (
                      <form method="post" action={entry.reviewAction} class="inline-form">
                        <CsrfField token={view.csrfToken} />
                        <button type="submit" class="button button--secondary button--small">
                          {t('admin.machine.review')}
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {view.source && (
          <section aria-labelledby="source-heading" class="source-panel" lang={view.source.language} dir={view.source.dir}>
            <h2 id="source-heading">{t('admin.story.source', { language: view.source.languageName })}</h2>
            <h3>{view.source.title}</h3>
            <p>{view.source.summary}</p>
            <div class="prose" dangerouslySetInnerHTML={{ __html: view.source.bodyHtml }} />
          </section>
        )}
      </aside>
    </div>
  );
}
