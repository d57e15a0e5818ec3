/** What the survey keeps about a visitor, and for how long. */
import type { Translate } from '../../i18n/messages.ts';

export function PrivacyPage({ t, organizationName, retentionDays }: { t: Translate; organizationName: string; retentionDays: number | null }) {
  return (
    <article class="prose">
      <h1>{t('privacy.title')}</h1>
      <h2>{t('privacy.survey.heading')}</h2>
      <p>{t('privacy.survey.collected', { organization: organizationName })}</p>
      <p>{t('privacy.survey.notCollected')}</p>
      <p>{t('privacy.survey.visitorKey')}</p>
      <p>{retentionDays === null ? t('privacy.survey.keptComments') : t('privacy.survey.retention', { days: retentionDays })}</p>
    </article>
  );
}
