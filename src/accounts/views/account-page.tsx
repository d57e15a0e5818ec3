import { CsrfField, ErrorSummary, Notice, SelectField, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';
import { MIN_PASSWORD_LENGTH } from '../passwords.ts';

export interface AccountForms {
  csrfToken: string;
  passwordAction: string;
  languageAction: string;
  language: string;
  languages: { value: string; label: string }[];
  errors: Partial<Record<'currentPassword' | 'newPassword' | 'interfaceLanguage', string>>;
  notice: string | null;
}

export function AccountPage({ t, forms }: { t: Translate; forms: AccountForms }) {
  const { errors } = forms;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <ErrorSummary text={hasErrors ? t('admin.error.summary') : null} />
      <Notice text={forms.notice} />
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t('admin.password.title')}</h2>
        <form method="post" action={forms.passwordAction} class="admin-form" novalidate>
          <CsrfField token={forms.csrfToken} />
          <TextField
            name="currentPassword"
            type="password"
            label={t('admin.password.current')}
            error={errors.currentPassword}
            autocomplete="current-password"
            required
          />
          <TextField
            name="newPassword"
            type="password"
            label={t('admin.password.new')}
            hint={t('admin.password.hint', { min: MIN_PASSWORD_LENGTH })}
            error={errors.newPassword}
            autocomplete="new-password"
            required
          />
          <button type="submit" class="button">
            {t('admin.password.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('admin.users.language')}</h2>
        <form method="post" action={forms.languageAction} class="admin-form">
          <CsrfField token={forms.csrfToken} />
          <SelectField
            name="interfaceLanguage"
            label={t('admin.users.language')}
            value={forms.language}
            options={forms.languages}
            error={errors.interfaceLanguage}
          />
          <button type="submit" class="button button--secondary">
            {t('admin.users.save')}
          </button>
        </form>
      </section>
    </>
  );
}
