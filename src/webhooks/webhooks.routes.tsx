/** Administrators' pages for webhooks: the endpoints, one endpoint with its secret, actions and delivery log. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, type AdminTools, adminPaths, staffOf } from '../admin/index.ts';
import { formatDateTime } from '../i18n/dates.ts';
import type { MessageKey, Translate } from '../i18n/messages.ts';
import { EndpointForm, type EndpointFormView } from './views/endpoint-form.tsx';
import { EndpointPage } from './views/endpoint-page.tsx';
import { EndpointsPage } from './views/endpoints-page.tsx';
import { EVENT_TYPES } from './webhook-events.ts';
import type { DeliveryLogEntry, Endpoint, EndpointInput, WebhooksService } from './webhooks.service.ts';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const formSchema = {
  type: 'object',
  properties: { _csrf: text(200), url: text(4000), description: text(2000), events: { type: 'array', maxItems: 20, items: text(60) }, active: text(10) },
} as const;
const idParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;
const deliveryParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 }, delivery: { type: 'integer', minimum: 1 } },
  required: ['id', 'delivery'],
} as const;
const doneQuery = { type: 'object', properties: { done: text(20) } } as const;
const config = { permission: 'webhooks.manage' } as const;

type FormBody = { url?: string; description?: string; events?: string[] | string; active?: string };
const inputOf = (body: FormBody): EndpointInput => ({
  url: body.url ?? '',
  description: body.description ?? '',
  events: [body.events ?? []].flat(),
});

const DONE: Record<string, MessageKey> = {
  created: 'admin.webhooks.done.created',
  saved: 'admin.webhooks.done.saved',
  rotated: 'admin.webhooks.done.rotated',
  test: 'admin.webhooks.done.test',
  redelivered: 'admin.webhooks.done.redelivered',
  state: 'admin.webhooks.done.state',
};

/** Why the worker stopped an endpoint, in words; null for a running one or one an administrator paused. */
export function stoppedWarning(t: Translate, endpoint: Pick<Endpoint, 'url' | 'stateReason'>): string | null {
  if (endpoint.stateReason === 'gone') return t('admin.webhooks.stoppedGone', { url: endpoint.url });
  if (endpoint.stateReason === 'failing') return t('admin.webhooks.stoppedFailing', { url: endpoint.url });
  return null;
}

export function webhooksRoutes(webhooks: WebhooksService): AdminRoutes {
  return (admin, tools: AdminTools) => {
    const eventOptions = (t: Translate) => EVENT_TYPES.map((type) => ({ value: type, label: t(`admin.webhooks.event.${type}` as MessageKey) }));
    const notice = (request: FastifyRequest<{ Querystring: { done?: string } }>) => {
      const key = DONE[request.query.done ?? ''];
      return key ? tools.t(request)(key) : null;
    };

    admin.get<{ Querystring: { done?: string } }>('/webhooks', { config, schema: { querystring: doneQuery } }, async (request, reply) => {
      const endpoints = await webhooks.list();
      return tools.page(request, reply, ({ t }) => ({
        title: t('admin.webhooks.title'),
        body: (
          <EndpointsPage
            t={t}
            newHref={adminPaths.newWebhook}
            notice={notice(request)}
            warnings={endpoints.flatMap((endpoint) => stoppedWarning(t, endpoint) ?? [])}
            endpoints={endpoints.map((endpoint) => ({
              url: endpoint.url,
              href: adminPaths.webhook(endpoint.id),
              description: endpoint.description,
              events: endpoint.events.join(', '),
              stateLabel: t(`admin.webhooks.state.${endpoint.state}`),
            }))}
          />
        ),
      }));
    });

    function newForm(request: FastifyRequest, reply: FastifyReply, values: EndpointInput, errors: Record<string, string> = {}, status = 200) {
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.webhooks.new'),
        status,
        body: (
          <EndpointForm
            t={t}
            form={{ action: adminPaths.newWebhook, csrfToken, submitLabel: t('admin.webhooks.create'), values, events: eventOptions(t), errors }}
          />
        ),
      }));
    }

    admin.get('/webhooks/new', { config }, async (request, reply) =>
      newForm(request, reply, { url: '', description: '', events: EVENT_TYPES.filter((type) => type !== 'survey.answer') }),
    );

    admin.post<{ Body: FormBody }>('/webhooks/new', { config, schema: { body: formSchema } }, async (request, reply) => {
      const input = inputOf(request.body);
      return tools.submit(
        request,
        async () => reply.redirect(`${adminPaths.webhook(await webhooks.create(input, staffOf(request).id))}?done=created`, 303),
        (errors) => newForm(request, reply, input, errors, 400),
      );
    });

    async function endpointPage(
      request: FastifyRequest<{ Params: { id: number }; Querystring: { done?: string } }>,
      reply: FastifyReply,
      edit?: { values: EndpointInput; errors: Record<string, string> },
    ) {
      const endpoint = await webhooks.find(request.params.id);
      const deliveries = await webhooks.deliveries(endpoint.id);
      const language = request.adminLanguage;
      const base = adminPaths.webhook(endpoint.id);
      return tools.page(request, reply, ({ t, csrfToken }) => {
        const form: EndpointFormView = {
          action: base,
          csrfToken,
          submitLabel: t('admin.webhooks.save'),
          values: edit?.values ?? endpoint,
          events: eventOptions(t),
          errors: edit?.errors ?? {},
        };
        const previous = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > new Date().toISOString();
        return {
          title: t('admin.webhooks.edit', { url: endpoint.url }),
          status: edit ? 400 : 200,
          body: (
            <EndpointPage
              t={t}
              view={{
                notice: notice(request),
                warning: stoppedWarning(t, endpoint),
                stateLabel: t(`admin.webhooks.state.${endpoint.state}`),
                secret: endpoint.secret,
                previousSecretNote: previous ? t('admin.webhooks.previousSecret', { date: formatDateTime(endpoint.previousSecretUntil!, language) }) : null,
                csrfToken,
                actions: [
                  { action: `${base}/test`, label: t('admin.webhooks.test') },
                  { action: `${base}/rotate`, label: t('admin.webhooks.rotate') },
                  endpoint.state === 'active'
                    ? { action: `${base}/state`, label: t('admin.webhooks.pause'), fields: { active: 'false' } }
                    : { action: `${base}/state`, label: t('admin.webhooks.resume'), fields: { active: 'true' } },
                ],
                form,
                deliveries: deliveries.map((delivery) => deliveryRow(t, language, base, delivery)),
              }}
            />
          ),
        };
      });
    }

    admin.get<{ Params: { id: number }; Querystring: { done?: string } }>(
      '/webhooks/:id',
      { config, schema: { params: idParams, querystring: doneQuery } },
      async (request, reply) => endpointPage(request, reply),
    );

    admin.post<{ Params: { id: number }; Querystring: { done?: string }; Body: FormBody }>(
      '/webhooks/:id',
      { config, schema: { params: idParams, body: formSchema } },
      async (request, reply) => {
        const input = inputOf(request.body);
        return tools.submit(
          request,
          async () => {
            await webhooks.update(request.params.id, input, staffOf(request).id);
            return reply.redirect(`${adminPaths.webhook(request.params.id)}?done=saved`, 303);
          },
          (errors) => endpointPage(request, reply, { values: input, errors }),
        );
      },
    );

    const actions: [string, string, (id: number, request: FastifyRequest<{ Body: FormBody }>) => Promise<void>][] = [
      ['rotate', 'rotated', (id, request) => webhooks.rotateSecret(id, staffOf(request).id)],
      ['test', 'test', (id, request) => webhooks.sendTest(id, staffOf(request).id)],
      ['state', 'state', (id, request) => webhooks.setActive(id, request.body?.active === 'true', staffOf(request).id)],
    ];
    for (const [path, done, act] of actions) {
      admin.post<{ Params: { id: number }; Body: FormBody }>(
        `/webhooks/:id/${path}`,
        { config, schema: { params: idParams, body: formSchema } },
        async (request, reply) => {
          await act(request.params.id, request);
          return reply.redirect(`${adminPaths.webhook(request.params.id)}?done=${done}`, 303);
        },
      );
    }

    admin.post<{ Params: { id: number; delivery: number } }>(
      '/webhooks/:id/deliveries/:delivery/redeliver',
      { config, schema: { params: deliveryParams, body: formSchema } },
      async (request, reply) => {
        await webhooks.redeliver(request.params.id, request.params.delivery, staffOf(request).id);
        return reply.redirect(`${adminPaths.webhook(request.params.id)}?done=redelivered`, 303);
      },
    );
  };
}

function deliveryRow(t: Translate, language: string, base: string, delivery: DeliveryLogEntry) {
  const last = delivery.last;
  return {
    type: delivery.type,
    eventId: delivery.eventId,
    stateLabel: t(`admin.webhooks.delivery.${delivery.state}`),
    attempts: delivery.attempts,
    status: last?.status ? String(last.status) : '',
    latency: last ? t('admin.webhooks.latency', { ms: last.latencyMs }) : '',
    answer: last ? (last.error ? t('admin.webhooks.noAnswer', { error: last.error }) : last.responseExcerpt.slice(0, 200)) : '',
    next: delivery.state === 'pending' && delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt, language, 'medium') : '',
    redeliverAction: `${base}/deliveries/${delivery.id}/redeliver`,
  };
}
