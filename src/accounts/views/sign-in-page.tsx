import { CsrfField, ErrorSummary, Notice, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface SignInForm {
  action: string;
  csrfToken: string;
  next: string;
  email: string;
  error: string | null;
  notice: string | null;
}

export function SignInPage({ t, form }: { t: Translate; form: SignInForm }) {
  return (
    <form method="post" action={form.action} class="admin-form" novalidate>
      <ErrorSummary text={form.error} />
      <Notice text={form.notice} />
      <CsrfField token={form.csrfToken} />
      <input type="hidden" name="next" value={form.next} />
      <TextField name="email" type="email" label={t('admin.signIn.email')} value={form.email} autocomplete="username" required maxLength={320} />
      <TextField name="password" type="password" label={t('admin.signIn.password')} autocomplete="current-password" required />
      <button type="submit" class="button">
        {t('admin.signIn.submit')}
      </button>
    </form>
  );
}
