/** Server-side sessions, stored by the hash of their token so a leaked table opens nothing. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface SessionRow {
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function insertSession(db: Kysely<Database>, id: string, userId: number, now: string, expiresAt: string): Promise<void> {
  await db.insertInto('sessions').values({ id, userId, createdAt: now, lastSeenAt: now, expiresAt }).execute();
}

export function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').select(['userId', 'createdAt', 'lastSeenAt', 'expiresAt']).where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Signs a user out everywhere (password change, account disabled), except the session kept. */
export async function deleteSessionsOf(db: Kysely<Database>, userId: number, except?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (except) query = query.where('id', '<>', except);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string, idleSince: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', idleSince)]))
    .execute();
}
