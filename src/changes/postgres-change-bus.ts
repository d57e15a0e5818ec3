/**
 * Carries content changes between instances through PostgreSQL LISTEN/NOTIFY. One dedicated
 * connection listens; if it drops, it reconnects with backoff and announces "everything changed",
 * because notifications sent while it was away are lost.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { type ChangeBus, createListenerSet } from './change-bus.ts';
import { type ContentChange, changeOfEverything } from './content-keys.ts';

const CHANNEL = 'diwan_content_changes';
// NOTIFY payloads must stay under 8000 bytes; a change naming more keys than fit purges everything.
const MAX_PAYLOAD = 7500;

interface Envelope {
  from: string;
  change: ContentChange;
}

export async function createPostgresChangeBus(connectionString: string, log: Pick<FastifyBaseLogger, 'warn' | 'error'>): Promise<ChangeBus> {
  const instanceId = randomUUID();
  const listeners = createListenerSet((error) => log.error({ err: error }, 'reloading after a content change failed'));
  const publisher = new pg.Pool({ connectionString, max: 2 });
  let listener: pg.Client | null = null;
  let closed = false;
  let retryDelay = 250;

  function receive(message: pg.Notification) {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const envelope = JSON.parse(message.payload) as Envelope;
      if (envelope.from !== instanceId) void listeners.deliver(envelope.change);
    } catch (error) {
      log.warn({ err: error }, 'ignored a malformed content change notification');
    }
  }

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString });
    client.on('notification', receive);
    client.on('error', (error) => {
      log.warn({ err: error }, 'lost the content change listener; reconnecting');
      void client.end().catch(() => {});
      if (listener === client) listener = null;
      scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
    retryDelay = 250;
  }

  function scheduleReconnect() {
    if (closed) return;
    setTimeout(() => {
      if (closed) return;
      connect()
        .then(() => listeners.deliver(changeOfEverything()))
        .catch((error: unknown) => {
          log.error({ err: error }, 'cannot listen for content changes; retrying');
          retryDelay = Math.min(retryDelay * 2, 10_000);
          scheduleReconnect();
        });
    }, retryDelay).unref();
  }

  await connect();

  return {
    async publish(change) {
      await listeners.deliver(change);
      let payload = JSON.stringify({ from: instanceId, change } satisfies Envelope);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ from: instanceId, change: changeOfEverything() });
      await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
      listeners.published(change);
    },
    onInvalidate: listeners.onInvalidate,
    onReload: listeners.onReload,
    onPublished: listeners.onPublished,
    async close() {
      closed = true;
      await Promise.allSettled([listener?.end(), publisher.end()]);
    },
  };
}
