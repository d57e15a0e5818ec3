/** Why an answer sent without JavaScript was not kept, and the way back to the page. */
import type { Translate } from '../../i18n/messages.ts';

export function SurveyRefused({ t, reason, backHref }: { t: Translate; reason: string; backHref: string | null }) {
  return (
    <article class="survey-refused">
      <h1>{t('feedback.refused.title')}</h1>
      <p>{reason}</p>
      {backHref && (
        <p>
          <a href={`${backHref}#survey`}>{t('feedback.back')}</a>
        </p>
      )}
    </article>
  );
}
