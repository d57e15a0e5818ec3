/**
 * The survey at the foot of every public page. It works as a plain form (post, then back to the
 * page at `#survey-thanks`, which the stylesheet reveals), and the client island submits it in place.
 * Nothing in it depends on the visitor, so the page around it stays cacheable.
 */
import type { Translate } from '../../i18n/messages.ts';
import type { WidgetTexts } from '../feedback-settings.ts';

export const THANKS_ID = 'survey-thanks';

/** The field people never see and robots fill in (`website`); a form that comes back with it filled is refused. */
export function TrapField({ t }: { t: Translate }) {
  return (
    <div class="survey__trap" aria-hidden="true">
      <label>
        {t('feedback.trap')} <input type="text" name="website" tabindex={-1} autocomplete="off" />
      </label>
    </div>
  );
}

export interface SurveyWidgetProps {
  t: Translate;
  texts: WidgetTexts;
  /** The page the answer is about. */
  pagePath: string;
  privacyHref: string;
  maxComment: number;
}

/** What makes one page's survey differ from another's: the page its answers are about. */
export function PageField({ pagePath }: { pagePath: string }) {
  return <input type="hidden" name="page" value={pagePath} />;
}

export function SurveyWidget({ t, texts, pagePath, privacyHref, maxComment }: SurveyWidgetProps) {
  return (
    <section class="survey" id="survey" aria-labelledby="survey-heading">
      <h2 id="survey-heading">{texts.heading}</h2>
      <p id={THANKS_ID} class="survey__thanks" tabindex={-1}>
        {t('feedback.thanks')}
      </p>
      <form class="survey__form" method="post" action="/feedback" data-survey data-failed={t('feedback.failed')}>
        <PageField pagePath={pagePath} />
        <fieldset class="survey__question">
          <legend>{texts.question}</legend>
          <div class="survey__scale">
            {texts.labels.map((label, index) => (
              <label class="survey__option">
                <input type="radio" name="rating" value={index + 1} required />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label class="survey__comment-label" for="survey-comment">
          {t('feedback.comment')}
        </label>
        <textarea id="survey-comment" name="comment" rows={3} maxlength={maxComment} aria-describedby="survey-comment-limit" />
        <p
          id="survey-comment-limit"
          class="survey__hint"
          data-survey-counter
          data-max={maxComment}
          data-left={t('feedback.charactersLeft', { count: '{count}' })}
        >
          {t('feedback.commentLimit', { max: maxComment })}
        </p>
        <TrapField t={t} />
        <p class="survey__error" role="alert" data-survey-error hidden />
        <button type="submit" class="survey__submit">
          {t('feedback.submit')}
        </button>
      </form>
      <p class="survey__privacy">
        {t('feedback.privacy')} <a href={privacyHref}>{t('feedback.privacyLink')}</a>
      </p>
    </section>
  );
}
