/** API tokens: the form that makes one, the token made (shown once), and every token with its state. */
import { CheckboxGroup, CsrfField, DataTable, ErrorSummary, Notice, SelectField, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface ApiTokenRowView {
  name: string;
  hint: string;
  userName: string;
  scopes: string;
  created: string;
  expires: string;
  lastUsed: string;
  stateLabel: string;
  revokeAction: string | null;
}

export interface ApiTokensPageView {
  action: string;
  csrfToken: string;
  notice: string | null;
  /** The token just made: shown this once. */
  created: string | null;
  values: { userId: string; name: string; scopes: string[]; expiresInDays: string };
  errors: Record<string, string>;
  users: { value: string; label: string }[];
  scopes: { value: string; label: string }[];
  expiries: { value: string; label: string }[];
  tokens: ApiTokenRowView[];
}

export function ApiTokensPage({ t, view }: { t: Translate; view: ApiTokensPageView }) {
  const { values, errors } = view;
  return (
    <>
      <Notice text={view.notice} />
      {view.created && (
        <div class="notice" role="status">
          <p>{t('admin.tokens.created')}</p>
          <p>
            <code class="secret" dir="ltr">
              {view.created}
            </code>
          </p>
        </div>
      )}
      <p>{t('admin.tokens.intro')}</p>
      <h2>{t('admin.tokens.new')}</h2>
      <form method="post" action={view.action} class="admin-form" novalidate>
        <ErrorSummary text={Object.keys(errors).length > 0 ? t('admin.error.summary') : null} />
        <CsrfField token={view.csrfToken} />
        <SelectField name="userId" label={t('admin.tokens.user')} value={values.userId} options={view.users} error={errors.userId} />
        <TextField
          name="name"
          label={t('admin.tokens.name')}
          hint={t('admin.tokens.nameHint')}
          value={values.name}
          error={errors.name}
          required
          maxLength={200}
        />
        {errors.scopes && <p class="field__error">{errors.scopes}</p>}
        <CheckboxGroup name="scopes" legend={t('admin.tokens.scopes')} options={view.scopes} checked={values.scopes} />
        <SelectField name="expiresInDays" label={t('admin.tokens.expiry')} value={values.expiresInDays} options={view.expiries} error={errors.expiresInDays} />
        <button type="submit" class="button">
          {t('admin.tokens.new')}
        </button>
      </form>
      <h2>{t('admin.tokens.title')}</h2>
      {view.tokens.length === 0 ? (
        <p>{t('admin.tokens.none')}</p>
      ) : (
        <DataTable
          label={t('admin.tokens.title')}
          columns={[
            t('admin.tokens.name'),
            t('admin.tokens.user'),
            t('admin.tokens.scopes'),
            t('admin.tokens.col.created'),
            t('admin.tokens.col.expires'),
            t('admin.tokens.col.lastUsed'),
            t('admin.tokens.col.status'),
          ]}
        >
          {view.tokens.map((token) => (
            <tr>
              <td>
                {token.name} <code dir="ltr">{token.hint}</code>
              </td>
              <td>{token.userName}</td>
              <td dir="ltr">{token.scopes}</td>
              <td>{token.created}</td>
              <td>{token.expires}</td>
              <td>{token.lastUsed}</td>
              <td>
                {token.stateLabel}
                {token.revokeAction && (
                  <form method="post" action={token.revokeAction} class="inline-form">
                    <CsrfField token={view.csrfToken} />
                    <button type="submit" class="button button--secondary button--small">
                      {t('admin.tokens.revoke')}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
