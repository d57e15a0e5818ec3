/** The API's request counts per client and window, shared by every instance through the database. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Adds `hits` requests to the client's window and returns the window's count so far, every instance's included. */
export async function addHits(db: Kysely<Database>, clientKey: string, windowStart: string, hits: number): Promise<number> {
  const row = await db
    .insertInto('apiRateWindows')
    .values({ clientKey, windowStart, hits })
    .onConflict((c) => c.columns(['clientKey', 'windowStart']).doUpdateSet((eb) => ({ hits: eb(eb.ref('apiRateWindows.hits'), '+', hits) })))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

export async function deleteWindowsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('apiRateWindows').where('windowStart', '<', before).execute();
}
