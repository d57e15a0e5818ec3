/**
 * The webhooks' side of `db/outbox.ts`: inside the transaction of a change, each event becomes a row of
 * the outbox and a due delivery for every endpoint subscribed to it. An event no endpoint wants is not
 * written at all, so a site without webhooks pays one small read per change.
 */
import type { Outbox, OutboxEvent } from '../db/outbox.ts';
import { bodyOf } from './webhook-events.ts';
import { insertEvent, listSubscribedEndpointIds } from './webhooks.repository.ts';

export function createOutbox(deps: { publicUrl: URL; now?: () => Date }): Outbox {
  const now = deps.now ?? (() => new Date());
  return {
    async write(trx, events: readonly OutboxEvent[]) {
      if (events.length === 0) return;
      const at = now().toISOString();
      const subscribers = new Map<string, number[]>();
      for (const event of events) {
        let endpointIds = subscribers.get(event.type);
        if (!endpointIds) {
          endpointIds = await listSubscribedEndpointIds(trx, event.type);
          subscribers.set(event.type, endpointIds);
        }
        if (endpointIds.length > 0) await insertEvent(trx, event.type, JSON.stringify(bodyOf(event, deps.publicUrl, at)), endpointIds, at);
      }
    },
  };
}
