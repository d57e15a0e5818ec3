/**
 * What administrators do with webhooks: register endpoints (each gets a `whsec_` secret), change and
 * rotate them, pause and resume them, send a test event, redeliver, read the delivery log, and learn
 * which endpoints the worker stopped. Every change is in the audit log.
 */
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/index.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import { targetProblem } from './address-guard.ts';
import { newSecret } from './signing.ts';
import { isEventType, testBody } from './webhook-events.ts';
import * as repo from './webhooks.repository.ts';

/** How long a rotated-out secret still signs beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60_000;
const LOG_SIZE = 50;

export type { DeliveryLogEntry, Endpoint, EndpointInput } from './webhooks.repository.ts';

export interface WebhooksService {
  list(): Promise<repo.Endpoint[]>;
  find(id: number): Promise<repo.Endpoint>;
  create(input: repo.EndpointInput, actorId: number): Promise<number>;
  update(id: number, input: repo.EndpointInput, actorId: number): Promise<void>;
  rotateSecret(id: number, actorId: number): Promise<void>;
  /** Pauses an endpoint, or resumes a paused or disabled one (its waiting deliveries go out). */
  setActive(id: number, active: boolean, actorId: number): Promise<void>;
  sendTest(id: number, actorId: number): Promise<void>;
  redeliver(id: number, deliveryId: number, actorId: number): Promise<void>;
  deliveries(id: number): Promise<repo.DeliveryLogEntry[]>;
  /** Endpoints the worker paused or disabled, for the admin's notice. */
  stopped(): Promise<repo.Endpoint[]>;
  /** Recorded when the worker stops an endpoint. */
  recordStopped(endpointId: number, state: string, reason: string): Promise<void>;
}

export interface WebhooksDeps {
  db: Kysely<Database>;
  audit: AuditService;
  allowPrivate: boolean;
  now?: () => Date;
}

export function createWebhooksService({ db, audit, allowPrivate, now = () => new Date() }: WebhooksDeps): WebhooksService {
  function validate(input: repo.EndpointInput): repo.EndpointInput {
    const errors: FormError['fields'] = {};
    const url = input.url.trim();
    if (!url) errors.url = 'admin.error.required';
    else if (url.length > 2000) errors.url = 'admin.error.tooLong';
    else if (targetProblem(url, allowPrivate)) errors.url = 'admin.webhooks.error.url';
    if (input.description.length > 500) errors.description = 'admin.error.tooLong';
    const events = [...new Set(input.events)];
    if (events.length === 0 || !events.every(isEventType)) errors.events = 'admin.webhooks.error.events';
    if (Object.keys(errors).length > 0) throw new FormError('webhook.invalid', errors);
    return { url, description: input.description.trim(), events };
  }

  async function find(id: number): Promise<repo.Endpoint> {
    const endpoint = await repo.findEndpoint(db, id);
    if (!endpoint) throw new AppError('webhook.not_found', `No webhook endpoint ${id}`);
    return endpoint;
  }

  return {
    list: () => repo.listEndpoints(db),
    find,
    async create(input, actorId) {
      const valid = validate(input);
      const id = await repo.insertEndpoint(db, valid, newSecret(), now().toISOString());
      await audit.record(actorId, 'webhook.create', `webhook:${id}`, { url: valid.url, events: valid.events });
      return id;
    },
    async update(id, input, actorId) {
      await find(id);
      const valid = validate(input);
      await repo.updateEndpoint(db, id, valid, now().toISOString());
      await audit.record(actorId, 'webhook.update', `webhook:${id}`, { url: valid.url, events: valid.events });
    },
    async rotateSecret(id, actorId) {
      await find(id);
      const at = now();
      await repo.rotateSecret(db, id, newSecret(), new Date(at.getTime() + ROTATION_OVERLAP_MS).toISOString(), at.toISOString());
      await audit.record(actorId, 'webhook.rotate', `webhook:${id}`);
    },
    async setActive(id, active, actorId) {
      await find(id);
      await repo.setEndpointState(db, id, active ? 'active' : 'paused', active ? null : 'manual', now().toISOString());
      await audit.record(actorId, active ? 'webhook.resume' : 'webhook.pause', `webhook:${id}`);
    },
    async sendTest(id, actorId) {
      await find(id);
      const at = now().toISOString();
      await inTransaction(db, (trx) => repo.insertEvent(trx, 'webhook.test', JSON.stringify(testBody(id, at)), [id], at));
      await audit.record(actorId, 'webhook.test', `webhook:${id}`);
    },
    async redeliver(id, deliveryId, actorId) {
      if (!(await repo.redeliver(db, id, deliveryId, now().toISOString()))) throw new AppError('webhook.delivery_not_found', `No delivery ${deliveryId}`);
      await audit.record(actorId, 'webhook.redeliver', `webhook:${id}`, { deliveryId });
    },
    async deliveries(id) {
      await find(id);
      return repo.listDeliveries(db, id, LOG_SIZE);
    },
    async stopped() {
      return (await repo.listEndpoints(db)).filter((endpoint) => endpoint.stateReason === 'failing' || endpoint.stateReason === 'gone');
    },
    async recordStopped(endpointId, state, reason) {
      await audit.record(null, `webhook.${state}`, `webhook:${endpointId}`, { reason });
    },
  };
}
