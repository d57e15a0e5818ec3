/** The API's request counts per client and window, shared by every instance through the database. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Counts one request in the client's window and returns the window's count so far (this one included). */
export async function countHit(db: Kysely<Database>, clientKey: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('apiRateWindows')
    .values({ clientKey, windowStart, hits: 1 })
    .onConflict((c) => c.columns(['clientKey', 'windowStart']).doUpdateSet((eb) => ({ hits: eb(eb.ref('apiRateWindows.hits'), '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

export async function deleteWindowsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('apiRateWindows').where('windowStart', '<', before).execute();
}
