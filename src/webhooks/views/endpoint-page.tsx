/** One endpoint: its secret, what may be done with it, its settings and its delivery log. */
import { CsrfField, DataTable, Notice } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';
import { EndpointForm, type EndpointFormView } from './endpoint-form.tsx';

export interface DeliveryRowView {
  type: string;
  eventId: number;
  stateLabel: string;
  attempts: number;
  status: string;
  latency: string;
  answer: string;
  next: string;
  redeliverAction: string;
}

export interface EndpointPageView {
  notice: string | null;
  warning: string | null;
  stateLabel: string;
  secret: string;
  previousSecretNote: string | null;
  csrfToken: string;
  actions: { action: string; label: string; fields?: Record<string, string> }[];
  form: EndpointFormView;
  deliveries: DeliveryRowView[];
}

function ActionButton({ action, label, csrfToken, fields = {} }: { action: string; label: string; csrfToken: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrfToken} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="button button--secondary">
        {label}
      </button>
    </form>
  );
}

export function EndpointPage({ t, view }: { t: Translate; view: EndpointPageView }) {
  return (
    <>
      <Notice text={view.notice} />
      {view.warning && <p class="notice notice--warning">{view.warning}</p>}
      <p>
        {t('admin.webhooks.state')}: <strong>{view.stateLabel}</strong>
      </p>
      <h2>{t('admin.webhooks.secret')}</h2>
      <p class="field__hint">{t('admin.webhooks.secretHint')}</p>
      <p>
        <code class="secret" dir="ltr">
          {view.secret}
        </code>
      </p>
      {view.previousSecretNote && <p>{view.previousSecretNote}</p>}
      <div class="button-row">
        {view.actions.map((action) => (
          <ActionButton {...action} csrfToken={view.csrfToken} />
        ))}
      </div>
      <h2>{t('admin.webhooks.settings')}</h2>
      <EndpointForm t={t} form={view.form} />
      <h2>{t('admin.webhooks.deliveries')}</h2>
      {view.deliveries.length === 0 ? (
        <p>{t('admin.webhooks.noDeliveries')}</p>
      ) : (
        <DataTable
          label={t('admin.webhooks.deliveries')}
          columns={[
            t('admin.webhooks.col.event'),
            t('admin.webhooks.col.attempts'),
            t('admin.webhooks.col.status'),
            t('admin.webhooks.col.latency'),
            t('admin.webhooks.col.answer'),
            t('admin.webhooks.col.next'),
            t('admin.webhooks.col.action'),
          ]}
        >
          {view.deliveries.map((delivery) => (
            <tr>
              <td dir="ltr">
                <code>{delivery.type}</code> #{delivery.eventId}
              </td>
              <td class="number">{delivery.attempts}</td>
              <td>
                {delivery.stateLabel} <span dir="ltr">{delivery.status}</span>
              </td>
              <td class="number">{delivery.latency}</td>
              <td dir="ltr">
                <code class="excerpt">{delivery.answer}</code>
              </td>
              <td>{delivery.next}</td>
              <td>
                <ActionButton action={delivery.redeliverAction} label={t('admin.webhooks.redeliver')} csrfToken={view.csrfToken} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
