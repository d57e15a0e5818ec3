/**
 * Carries content changes between the processes that share one SQLite file — the workers of
 * DIWAN_WORKERS, and commands such as an import run beside the server — through the `change_log`
 * table: a change is appended once committed, and every process reads what the others appended a
 * few times a second. PostgreSQL instances use LISTEN/NOTIFY instead (postgres-change-bus.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type ChangeBus, createListenerSet } from './change-bus.ts';
import type { ContentChange } from './content-keys.ts';

/** How often a process looks for others' changes: well within the 100 ms a change may take to show. */
const POLL_MS = 40;
/** A row outlives every process's next look by far; older ones only take room. */
const KEEP_MS = 60 * 60_000;
const BATCH = 500;

export async function createSqliteChangeBus(
  db: Kysely<Database>,
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>,
  options: { pollMs?: number } = {},
): Promise<ChangeBus> {
  const origin = randomUUID();
  const listeners = createListenerSet((error) => log.error({ err: error }, 'reloading after a content change failed'));
  const newest = await db
    .selectFrom('changeLog')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  let cursor = Number(newest?.id ?? 0);
  let reading = false;

  async function readOthers(): Promise<void> {
    if (reading) return;
    reading = true;
    try {
      const rows = await db.selectFrom('changeLog').select(['id', 'origin', 'change']).where('id', '>', cursor).orderBy('id').limit(BATCH).execute();
      for (const row of rows) {
        cursor = row.id;
        if (row.origin !== origin) await listeners.deliver(JSON.parse(row.change) as ContentChange);
      }
    } catch (error) {
      log.warn({ err: error }, 'could not read content changes of other processes');
    } finally {
      reading = false;
    }
  }

  const timer = setInterval(() => void readOthers(), options.pollMs ?? POLL_MS);
  timer.unref();

  return {
    async publish(change) {
      await listeners.deliver(change);
      const at = new Date();
      await db
        .insertInto('changeLog')
        .values({ origin, change: JSON.stringify(change), at: at.toISOString() })
        .execute();
      await db
        .deleteFrom('changeLog')
        .where('at', '<', new Date(at.getTime() - KEEP_MS).toISOString())
        .execute();
      listeners.published(change);
    },
    onInvalidate: listeners.onInvalidate,
    onReload: listeners.onReload,
    onPublished: listeners.onPublished,
    async close() {
      clearInterval(timer);
    },
  };
}
