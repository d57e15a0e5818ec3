import { CheckboxField, CsrfField, ErrorSummary, Notice, SelectField, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface UserFormView {
  action: string;
  csrfToken: string;
  /** Creating asks for email and an initial password; editing shows the email and a disable switch. */
  mode: 'create' | 'edit';
  values: { email: string; name: string; role: string; interfaceLanguage: string; disabled: boolean };
  roles: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  errors: Partial<Record<'email' | 'name' | 'role' | 'interfaceLanguage' | 'password', string>>;
  notice: string | null;
}

export function UserForm({ t, form }: { t: Translate; form: UserFormView }) {
  const { values, errors } = form;
  return (
    <form method="post" action={form.action} class="admin-form" novalidate>
      <ErrorSummary text={Object.keys(errors).length > 0 ? t('admin.error.summary') : null} />
      <Notice text={form.notice} />
      <CsrfField token={form.csrfToken} />
      {form.mode === 'create' ? (
        <TextField
          name="email"
          type="email"
          label={t('admin.users.email')}
          value={values.email}
          error={errors.email}
          autocomplete="off"
          required
          maxLength={320}
        />
      ) : (
        <p>
          {t('admin.users.email')}: <span dir="ltr">{values.email}</span>
        </p>
      )}
      <TextField name="name" label={t('admin.users.name')} value={values.name} error={errors.name} required maxLength={200} />
      <SelectField name="role" label={t('admin.users.role')} value={values.role} options={form.roles} error={errors.role} />
      <SelectField
        name="interfaceLanguage"
        label={t('admin.users.language')}
        value={values.interfaceLanguage}
        options={form.languages}
        error={errors.interfaceLanguage}
      />
      {form.mode === 'create' ? (
        <TextField name="password" type="password" label={t('admin.users.password')} error={errors.password} autocomplete="new-password" required />
      ) : (
        <>
          <TextField
            name="password"
            type="password"
            label={t('admin.users.newPassword')}
            hint={t('admin.users.newPasswordHint')}
            error={errors.password}
            autocomplete="new-password"
          />
          <CheckboxField name="disabled" label={t('admin.users.disable')} checked={values.disabled} />
        </>
      )}
      <button type="submit" class="button">
        {form.mode === 'create' ? t('admin.users.create') : t('admin.users.save')}
      </button>
    </form>
  );
}
