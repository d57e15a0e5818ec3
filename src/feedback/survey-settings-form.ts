/**
 * Reads the survey settings form: wording per language (empty = the catalog's) and comment retention.
 * A field that cannot be accepted throws a FormError naming it.
 */
import { FormError } from '../http/form-error.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { type FeedbackSettings, MAX_TEXT_LENGTH, RATINGS, type WidgetTexts } from './feedback-settings.ts';

/** Field name → value as typed: `retentionDays`, `<lang>.heading`, `<lang>.question`, `<lang>.label1`…`label5`. */
export type SettingsForm = Record<string, string>;

export const textFields = (language: string) => [`${language}.heading`, `${language}.question`, ...RATINGS.map((r) => `${language}.label${r}`)];

export function parseSurveySettings(form: SettingsForm, languages: readonly string[], current: FeedbackSettings): FeedbackSettings {
  const errors: Record<string, MessageKey> = {};
  const retention = (form.retentionDays ?? '').trim();
  const days = Number(retention);
  if (retention !== '' && (!/^\d+$/.test(retention) || days < 1 || days > 36500)) errors.retentionDays = 'admin.feedback.retentionInvalid';

  const texts: Record<string, Partial<WidgetTexts>> = { ...current.texts };
  for (const language of languages) {
    for (const field of textFields(language)) {
      if ((form[field] ?? '').trim().length > MAX_TEXT_LENGTH) errors[field] = 'admin.feedback.textTooLong';
    }
    const value = (name: string) => (form[`${language}.${name}`] ?? '').trim();
    texts[language] = { heading: value('heading'), question: value('question'), labels: RATINGS.map((r) => value(`label${r}`)) };
  }
  if (Object.keys(errors).length > 0) throw new FormError('survey.settings_invalid', errors);
  return { texts, commentRetentionDays: retention === '' ? null : days };
}
