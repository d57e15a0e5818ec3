/** The review queue: each report with the source and translated segment side by side, and what a reviewer can do. */
import { CsrfField, ErrorSummary, Notice, SelectField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface QueueItem {
  id: number;
  heading: string;
  storyHref: string;
  meta: string;
  problem: string;
  suggestion: string | null;
  source: { language: string; dir: 'ltr' | 'rtl'; html: string };
  translated: { language: string; dir: 'ltr' | 'rtl'; html: string };
  /** The form's starting text: the reader's suggestion, else the segment as it reads now. */
  correction: string;
  status: string;
  open: boolean;
  /** The language pair's names, for the glossary form. */
  pair: { from: string; to: string };
  actions: { fix: string; term: string | null; dismiss: string };
}

export interface QueueView {
  csrfToken: string;
  notice: string | null;
  error: string | null;
  filterAction: string;
  status: string;
  statuses: { value: string; label: string }[];
  items: QueueItem[];
}

function Actions({ t, item, csrfToken }: { t: Translate; item: QueueItem; csrfToken: string }) {
  return (
    <div class="report-actions">
      <form method="post" action={item.actions.fix} class="admin-form">
        <CsrfField token={csrfToken} />
        <div class="field">
          <label for={`correction-${item.id}`}>{t('admin.reports.correction')}</label>
          <p class="field__hint" id={`correction-${item.id}-hint`}>
            {t('admin.reports.correctionHint')}
          </p>
          <textarea
            id={`correction-${item.id}`}
            name="correction"
            rows={3}
            lang={item.translated.language}
            dir={item.translated.dir}
            aria-describedby={`correction-${item.id}-hint`}
            maxLength={5000}
          >
            {item.correction}
          </textarea>
        </div>
        <button type="submit" class="button">
          {t('admin.reports.fix')}
        </button>
      </form>
      {item.actions.term && (
        <details>
          <summary>{t('admin.reports.addTerm')}</summary>
          <form method="post" action={item.actions.term} class="admin-form">
            <CsrfField token={csrfToken} />
            <fieldset>
              <legend>{t('admin.reports.termLegend', item.pair)}</legend>
              <div class="field">
                <label for={`kind-${item.id}`}>{t('admin.glossary.kind')}</label>
                <select id={`kind-${item.id}`} name="kind">
                  {(['force', 'keep', 'forbid'] as const).map((kind) => (
                    <option value={kind}>{t(`admin.glossary.kind.${kind}`)}</option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={`term-${item.id}`}>{t('admin.glossary.term')}</label>
                <input id={`term-${item.id}`} name="term" type="text" maxLength={200} dir="auto" required />
              </div>
              <div class="field">
                <label for={`translation-${item.id}`}>{t('admin.glossary.translation')}</label>
                <input id={`translation-${item.id}`} name="translation" type="text" maxLength={200} dir="auto" />
              </div>
            </fieldset>
            <button type="submit" class="button button--secondary">
              {t('admin.reports.addTermButton')}
            </button>
          </form>
        </details>
      )}
      <form method="post" action={item.actions.dismiss}>
        <CsrfField token={csrfToken} />
        <button type="submit" class="button button--secondary">
          {t('admin.reports.dismiss')}
        </button>
      </form>
    </div>
  );
}

export function ReportsQueue({ t, view }: { t: Translate; view: QueueView }) {
  return (
    <>
      <ErrorSummary text={view.error} />
      <Notice text={view.notice} />
      <p>{t('admin.reports.intro')}</p>
      <form method="get" action={view.filterAction} class="filter-form">
        <SelectField name="status" label={t('admin.reports.status')} value={view.status} options={view.statuses} />
        <button type="submit" class="button button--secondary">
          {t('admin.reports.filter')}
        </button>
      </form>
      {view.items.length === 0 && <p>{t('admin.reports.empty')}</p>}
      {view.items.map((item) => (
        <section class="report-item" aria-labelledby={`report-${item.id}`}>
          <h2 id={`report-${item.id}`}>
            <a href={item.storyHref}>{item.heading}</a>
          </h2>
          <p class="report-item__meta">{item.meta}</p>
          <p>
            <strong>{item.problem}</strong> — {item.status}
          </p>
          <div class="report-pair">
            <div class="report-pair__side">
              <h3>{t('admin.reports.source')}</h3>
              <div class="prose" lang={item.source.language} dir={item.source.dir} dangerouslySetInnerHTML={{ __html: item.source.html }} />
            </div>
            <div class="report-pair__side">
              <h3>{t('admin.reports.translated')}</h3>
              <div class="prose" lang={item.translated.language} dir={item.translated.dir} dangerouslySetInnerHTML={{ __html: item.translated.html }} />
            </div>
          </div>
          {item.suggestion && (
            <p>
              {t('admin.reports.suggested')}{' '}
              <q lang={item.translated.language} dir="auto">
                {item.suggestion}
              </q>
            </p>
          )}
          {item.open && <Actions t={t} item={item} csrfToken={view.csrfToken} />}
        </section>
      ))}
    </>
  );
}
