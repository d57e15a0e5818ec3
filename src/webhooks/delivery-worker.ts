/**
 * The delivery worker every instance runs: it claims due deliveries (each is taken by one instance, see
 * `claimDueDeliveries`), signs and posts them, and settles each one — delivered on a 2xx; on `410 Gone`
 * the endpoint is disabled; otherwise tried again on the retry schedule, and when the last attempt fails
 * too, the endpoint is paused and the administrators are told. Time and chance come from `now` and
 * `random`, so tests can walk the schedule without waiting a day.
 */
import type { Kysely } from 'kysely';
import type { Database, WebhookEndpointState } from '../db/schema.ts';
import type { Logger } from '../logger.ts';
import { DELIVERY_TIMEOUT_MS, postWebhook } from './delivery-client.ts';
import { nextAttemptAfter } from './retry-schedule.ts';
import { signatureHeaders } from './signing.ts';
import { type ClaimedDelivery, claimDueDeliveries, setEndpointState, settleAttempt } from './webhooks.repository.ts';

const BATCH = 10;
/** Claims per tick, so one tick never runs unbounded while events keep arriving. */
const ROUNDS_PER_TICK = 20;
/** A claim outlives the request's deadline; a worker that died lets go once it runs out. */
const LEASE_MARGIN_MS = 15_000;

export interface DeliveryWorkerDeps {
  db: Kysely<Database>;
  allowPrivate: boolean;
  log: Pick<Logger, 'warn' | 'info'>;
  /** Called when the worker disables (410) or pauses (failing) an endpoint. */
  onEndpointStopped(endpointId: number, state: WebhookEndpointState, reason: string): Promise<void>;
  now?: () => Date;
  random?: () => number;
  timeoutMs?: number;
}

export interface DeliveryWorker {
  /** Delivers what is due now; resolves with the number of attempts made. */
  tick(): Promise<number>;
}

export const messageIdOf = (eventId: number) => `msg_${eventId}`;

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const { db, log } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const timeoutMs = deps.timeoutMs ?? DELIVERY_TIMEOUT_MS;

  async function stop(endpointId: number, state: WebhookEndpointState, reason: string, at: string) {
    if (await setEndpointState(db, endpointId, state, reason, at)) {
      log.warn({ endpointId, state, reason }, 'webhook endpoint stopped');
      await deps.onEndpointStopped(endpointId, state, reason);
    }
  }

  async function deliver(claim: ClaimedDelivery): Promise<void> {
    const at = now();
    const headers = signatureHeaders(
      { secret: claim.secret, previous: claim.previousSecret, previousUntil: claim.previousSecretUntil },
      messageIdOf(claim.eventId),
      at,
      claim.payload,
    );
    const answer = await postWebhook(claim.url, headers, claim.payload, { allowPrivate: deps.allowPrivate, timeoutMs });
    const record = {
      deliveryId: claim.id,
      attempt: claim.attempt,
      at: at.toISOString(),
      status: answer.status,
      latencyMs: answer.latencyMs,
      responseExcerpt: answer.excerpt,
      error: answer.error,
    };
    const settledAt = now();
    if (answer.status !== null && answer.status >= 200 && answer.status < 300) {
      return settleAttempt(db, record, { state: 'delivered', nextAttemptAt: null });
    }
    if (answer.status === 410) {
      await settleAttempt(db, record, { state: 'failed', nextAttemptAt: null });
      return stop(claim.endpointId, 'disabled', 'gone', settledAt.toISOString());
    }
    const next = nextAttemptAfter(claim.attempt, settledAt, random);
    await settleAttempt(db, record, { state: next ? 'pending' : 'failed', nextAttemptAt: next?.toISOString() ?? null });
    if (!next) await stop(claim.endpointId, 'paused', 'failing', settledAt.toISOString());
  }

  return {
    async tick() {
      let attempts = 0;
      for (let round = 0; round < ROUNDS_PER_TICK; round++) {
        const at = now();
        const claimed = await claimDueDeliveries(db, at.toISOString(), new Date(at.getTime() + timeoutMs + LEASE_MARGIN_MS).toISOString(), BATCH);
        if (claimed.length === 0) break;
        await Promise.all(claimed.map((claim) => deliver(claim)));
        attempts += claimed.length;
      }
      return attempts;
    },
  };
}
