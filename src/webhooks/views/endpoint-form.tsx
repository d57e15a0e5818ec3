/** The address, description and events of an endpoint, for adding one or changing it. */
import { CsrfField, ErrorSummary, TextField } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface EndpointFormView {
  action: string;
  csrfToken: string;
  submitLabel: string;
  values: { url: string; description: string; events: string[] };
  events: { value: string; label: string }[];
  errors: Record<string, string>;
}

export function EndpointForm({ t, form }: { t: Translate; form: EndpointFormView }) {
  const { values, errors } = form;
  return (
    <form method="post" action={form.action} class="admin-form" novalidate>
      <ErrorSummary text={Object.keys(errors).length > 0 ? t('admin.error.summary') : null} />
      <CsrfField token={form.csrfToken} />
      <TextField name="url" label={t('admin.webhooks.url')} value={values.url} error={errors.url} required maxLength={2000} />
      <TextField name="description" label={t('admin.webhooks.description')} value={values.description} error={errors.description} maxLength={500} />
      <fieldset
        class={errors.events ? 'checkbox-group checkbox-group--list field--invalid' : 'checkbox-group checkbox-group--list'}
        aria-describedby={errors.events ? 'events-error' : 'events-hint'}
      >
        <legend>{t('admin.webhooks.events')}</legend>
        <p class="field__hint" id="events-hint">
          {t('admin.webhooks.surveyHint')}
        </p>
        {errors.events && (
          <p class="field__error" id="events-error">
            {errors.events}
          </p>
        )}
        {form.events.map((event) => (
          <label>
            <input type="checkbox" name="events" value={event.value} checked={values.events.includes(event.value)} /> <code>{event.value}</code> — {event.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button">
        {form.submitLabel}
      </button>
    </form>
  );
}
