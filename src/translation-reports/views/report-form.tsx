/** The reader's form for one paragraph of a machine-translated page, and what follows it. Plain HTML, no script needed. */
import { TrapField } from '../../feedback/index.ts';
import type { Translate } from '../../i18n/messages.ts';
import { PROBLEMS } from '../reports.types.ts';

export interface ReportFormView {
  action: string;
  language: string;
  /** The paragraph as the page shows it (sanitized HTML from the stored translation). */
  paragraphHtml: string;
  backHref: string;
  maxSuggestion: number;
}

export function ReportForm({ t, view }: { t: Translate; view: ReportFormView }) {
  return (
    <article class="report-form">
      <h1>{t('mt.report.title')}</h1>
      <p>{t('mt.report.intro')}</p>
      <blockquote class="report-form__paragraph" lang={view.language} dangerouslySetInnerHTML={{ __html: view.paragraphHtml }} />
      <form method="post" action={view.action}>
        <fieldset>
          <legend>{t('mt.report.problem')}</legend>
          {PROBLEMS.map((problem, i) => (
            <p>
              <label>
                <input type="radio" name="problem" value={problem} required checked={i === 0} /> {t(`mt.report.problem.${problem}`)}
              </label>
            </p>
          ))}
        </fieldset>
        <p>
          <label for="suggestion">{t('mt.report.suggestion')}</label>
          <textarea id="suggestion" name="suggestion" rows={4} maxLength={view.maxSuggestion} dir="auto" aria-describedby="suggestion-hint" />
          <small id="suggestion-hint">{t('mt.report.suggestionHint', { max: view.maxSuggestion })}</small>
        </p>
        <TrapField t={t} />
        <p>
          <button type="submit" class="survey__submit">
            {t('mt.report.send')}
          </button>
        </p>
      </form>
      <p>
        <a href={view.backHref}>{t('mt.report.back')}</a>
      </p>
    </article>
  );
}

export function ReportAnswer({ t, title, text, backHref }: { t: Translate; title: string; text: string; backHref: string | null }) {
  return (
    <article class="report-form">
      <h1>{title}</h1>
      <p>{text}</p>
      {backHref && (
        <p>
          <a href={backHref}>{t('mt.report.back')}</a>
        </p>
      )}
    </article>
  );
}
