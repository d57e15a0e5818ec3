/** Browsers that signed in to an account before, stored by the hash of their device cookie's token. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';

/** The device `id` when it is still trusted for the account of `email`; undefined otherwise. */
export async function findTrustedDevice(db: Kysely<Database>, id: string, email: string, now: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('trustedDevices as d')
    .innerJoin('users as u', 'u.id', 'd.userId')
    .select('d.id')
    .where('d.id', '=', id)
    .where('u.email', '=', email)
    .where('d.expiresAt', '>', now)
    .executeTakeFirst();
  return row?.id;
}

/** Trusts a device for a user, in place of `replacing` (the same browser's previous token) when given. */
export async function trustDevice(
  db: Kysely<Database>,
  device: { id: string; userId: number; now: string; expiresAt: string },
  replacing: string | null,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (replacing) await trx.deleteFrom('trustedDevices').where('id', '=', replacing).where('userId', '=', device.userId).execute();
    await trx.insertInto('trustedDevices').values({ id: device.id, userId: device.userId, createdAt: device.now, expiresAt: device.expiresAt }).execute();
  });
}

export async function deleteExpiredDevices(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('trustedDevices').where('expiresAt', '<=', now).execute();
}
