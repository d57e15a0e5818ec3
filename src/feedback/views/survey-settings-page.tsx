/** Administrators reword the survey per language and choose how long comments are kept. */
import { CsrfField, ErrorSummary, Notice, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { WidgetTexts } from '../feedback-settings.ts';
import type { SettingsForm } from '../survey-settings-form.ts';

export interface SurveySettingsPageProps {
  t: Translate;
  action: string;
  csrfToken: string;
  languages: { language: string; name: string; defaults: WidgetTexts }[];
  form: SettingsForm;
  errors: Record<string, string>;
  saved: boolean;
}

export function SurveySettingsPage({ t, action, csrfToken, languages, form, errors, saved }: SurveySettingsPageProps) {
  const field = (name: string, label: string, hint: string) => (
    <TextField name={name} label={label} hint={hint} value={form[name] ?? ''} error={errors[name]} maxLength={300} />
  );
  return (
    <form method="post" action={action} class="admin-form">
      <ErrorSummary text={Object.keys(errors).length > 0 ? t('admin.error.summary') : null} />
      <Notice text={saved ? t('admin.feedback.settingsSaved') : null} />
      <CsrfField token={csrfToken} />
      <p>{t('admin.feedback.settingsIntro')}</p>
      {languages.map(({ language, name, defaults }) => (
        <fieldset lang={language}>
          <legend>{name}</legend>
          {field(`${language}.heading`, t('admin.feedback.headingField'), t('admin.feedback.defaultText', { text: defaults.heading }))}
          {field(`${language}.question`, t('admin.feedback.questionField'), t('admin.feedback.defaultText', { text: defaults.question }))}
          {defaults.labels.map((label, i) =>
            field(`${language}.label${i + 1}`, t('admin.feedback.labelField', { rating: i + 1 }), t('admin.feedback.defaultText', { text: label })),
          )}
        </fieldset>
      ))}
      {field('retentionDays', t('admin.feedback.retentionField'), t('admin.feedback.retentionHint'))}
      <button type="submit" class="button">
        {t('admin.feedback.saveSettings')}
      </button>
    </form>
  );
}
