/** The only code that reads and writes webhook endpoints, the outbox, deliveries and their attempts. */
import type { Kysely, Selectable } from 'kysely';
import { dialectOf } from '../db/dialect.ts';
import type { Database, WebhookDeliveryState, WebhookEndpointState, WebhookEndpointsTable } from '../db/schema.ts';

export interface Endpoint {
  id: number;
  url: string;
  description: string;
  events: string[];
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: string | null;
  state: WebhookEndpointState;
  stateReason: string | null;
  stateChangedAt: string | null;
  createdAt: string;
}

export interface EndpointInput {
  url: string;
  description: string;
  events: string[];
}

function toEndpoint(row: Selectable<WebhookEndpointsTable>): Endpoint {
  const { updatedAt: _updated, events, ...rest } = row;
  return { ...rest, events: JSON.parse(events) as string[] };
}

export async function listEndpoints(db: Kysely<Database>): Promise<Endpoint[]> {
  return (await db.selectFrom('webhookEndpoints').selectAll().orderBy('id').execute()).map(toEndpoint);
}

export async function findEndpoint(db: Kysely<Database>, id: number): Promise<Endpoint | undefined> {
  const row = await db.selectFrom('webhookEndpoints').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toEndpoint(row);
}

export async function insertEndpoint(db: Kysely<Database>, input: EndpointInput, secret: string, at: string): Promise<number> {
  const { id } = await db
    .insertInto('webhookEndpoints')
    .values({ ...input, events: JSON.stringify(input.events), secret, state: 'active', createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEndpoint(db: Kysely<Database>, id: number, input: EndpointInput, at: string): Promise<void> {
  await db
    .updateTable('webhookEndpoints')
    .set({ ...input, events: JSON.stringify(input.events), updatedAt: at })
    .where('id', '=', id)
    .execute();
}

export async function rotateSecret(db: Kysely<Database>, id: number, secret: string, previousUntil: string, at: string): Promise<void> {
  await db
    .updateTable('webhookEndpoints')
    .set((eb) => ({ previousSecret: eb.ref('secret'), previousSecretUntil: previousUntil, secret, updatedAt: at }))
    .where('id', '=', id)
    .execute();
}

/** Returns whether the endpoint was in a state other than `state` (so the change is news). */
export async function setEndpointState(db: Kysely<Database>, id: number, state: WebhookEndpointState, reason: string | null, at: string): Promise<boolean> {
  const result = await db
    .updateTable('webhookEndpoints')
    .set({ state, stateReason: reason, stateChangedAt: at, updatedAt: at })
    .where('id', '=', id)
    .where('state', '<>', state)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Endpoints that take new events: active and paused ones (a paused endpoint's deliveries wait). */
export async function listSubscribedEndpointIds(db: Kysely<Database>, type: string): Promise<number[]> {
  const rows = await db.selectFrom('webhookEndpoints').select(['id', 'events']).where('state', '<>', 'disabled').execute();
  return rows.filter((row) => (JSON.parse(row.events) as string[]).includes(type)).map((row) => row.id);
}

/** An event in the outbox and one due delivery per endpoint, in the caller's transaction. */
export async function insertEvent(db: Kysely<Database>, type: string, payload: string, endpointIds: readonly number[], at: string): Promise<number> {
  const { id } = await db.insertInto('webhookOutbox').values({ type, payload, createdAt: at }).returning('id').executeTakeFirstOrThrow();
  if (endpointIds.length > 0) {
    await db
      .insertInto('webhookDeliveries')
      .values(endpointIds.map((endpointId) => ({ eventId: id, endpointId, state: 'pending' as const, attempts: 0, nextAttemptAt: at, createdAt: at })))
      .execute();
  }
  return id;
}

export interface ClaimedDelivery {
  id: number;
  eventId: number;
  endpointId: number;
  /** This attempt's number, the first being 1. */
  attempt: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: string | null;
  payload: string;
}

/**
 * Takes up to `limit` due deliveries of active endpoints for this worker until `leaseUntil`, counting the
 * attempt. PostgreSQL locks the chosen rows and skips those another instance is taking at that moment
 * (`for update skip locked`); SQLite runs the one statement alone. Either way each delivery is taken by one
 * worker, and one whose worker died is taken again once its lease has run out.
 */
export async function claimDueDeliveries(db: Kysely<Database>, now: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]> {
  let due = db
    .selectFrom('webhookDeliveries as d')
    .innerJoin('webhookEndpoints as e', 'e.id', 'd.endpointId')
    .select('d.id')
    .where('d.state', '=', 'pending')
    .where('d.nextAttemptAt', '<=', now)
    .where((eb) => eb.or([eb('d.leaseUntil', 'is', null), eb('d.leaseUntil', '<=', now)]))
    .where('e.state', '=', 'active')
    .orderBy('d.nextAttemptAt')
    .orderBy('d.id')
    .limit(limit);
  if (dialectOf(db) === 'postgres') due = due.forUpdate('d').skipLocked();
  const claimed = await db
    .updateTable('webhookDeliveries')
    .set((eb) => ({ leaseUntil: leaseUntil, attempts: eb(eb.ref('attempts'), '+', 1) }))
    .where('id', 'in', due)
    .returning(['id', 'eventId', 'endpointId', 'attempts'])
    .execute();
  if (claimed.length === 0) return [];
  const details = await db
    .selectFrom('webhookDeliveries as d')
    .innerJoin('webhookEndpoints as e', 'e.id', 'd.endpointId')
    .innerJoin('webhookOutbox as o', 'o.id', 'd.eventId')
    .select(['d.id', 'e.url', 'e.secret', 'e.previousSecret', 'e.previousSecretUntil', 'o.payload'])
    .where(
      'd.id',
      'in',
      claimed.map((row) => row.id),
    )
    .execute();
  const byId = new Map(details.map((row) => [row.id, row]));
  return claimed.flatMap(({ attempts, ...row }) => {
    const detail = byId.get(row.id);
    return detail ? [{ ...row, ...detail, attempt: attempts }] : [];
  });
}

export interface AttemptRecord {
  deliveryId: number;
  attempt: number;
  at: string;
  status: number | null;
  latencyMs: number;
  responseExcerpt: string;
  error: string | null;
}

/** Logs the attempt and settles the delivery: delivered, due again at `nextAttemptAt`, or failed for good. */
export async function settleAttempt(
  db: Kysely<Database>,
  record: AttemptRecord,
  outcome: { state: WebhookDeliveryState; nextAttemptAt: string | null },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('webhookAttempts').values(record).execute();
    await trx
      .updateTable('webhookDeliveries')
      .set({ state: outcome.state, nextAttemptAt: outcome.nextAttemptAt, leaseUntil: null, deliveredAt: outcome.state === 'delivered' ? record.at : null })
      .where('id', '=', record.deliveryId)
      .execute();
  });
}

/** Sends a delivery again from its first attempt, now. */
export async function redeliver(db: Kysely<Database>, endpointId: number, deliveryId: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('webhookDeliveries')
    .set({ state: 'pending', attempts: 0, nextAttemptAt: at, leaseUntil: null, deliveredAt: null })
    .where('id', '=', deliveryId)
    .where('endpointId', '=', endpointId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface DeliveryLogEntry {
  id: number;
  eventId: number;
  type: string;
  state: WebhookDeliveryState;
  attempts: number;
  nextAttemptAt: string | null;
  createdAt: string;
  last: { at: string; status: number | null; latencyMs: number; responseExcerpt: string; error: string | null } | null;
}

/** The endpoint's latest deliveries, newest first, each with its last attempt. */
export async function listDeliveries(db: Kysely<Database>, endpointId: number, limit: number): Promise<DeliveryLogEntry[]> {
  const deliveries = await db
    .selectFrom('webhookDeliveries as d')
    .innerJoin('webhookOutbox as o', 'o.id', 'd.eventId')
    .select(['d.id', 'd.eventId', 'o.type', 'd.state', 'd.attempts', 'd.nextAttemptAt', 'd.createdAt'])
    .where('d.endpointId', '=', endpointId)
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute();
  if (deliveries.length === 0) return [];
  const attempts = await db
    .selectFrom('webhookAttempts')
    .select(['deliveryId', 'at', 'status', 'latencyMs', 'responseExcerpt', 'error'])
    .where(
      'deliveryId',
      'in',
      deliveries.map((d) => d.id),
    )
    .orderBy('id')
    .execute();
  const lastOf = new Map(attempts.map(({ deliveryId, ...attempt }) => [deliveryId, attempt]));
  return deliveries.map((delivery) => ({ ...delivery, last: lastOf.get(delivery.id) ?? null }));
}

export async function listAttempts(db: Kysely<Database>, deliveryId: number): Promise<AttemptRecord[]> {
  return db
    .selectFrom('webhookAttempts')
    .select(['deliveryId', 'attempt', 'at', 'status', 'latencyMs', 'responseExcerpt', 'error'])
    .where('deliveryId', '=', deliveryId)
    .orderBy('id')
    .execute();
}
