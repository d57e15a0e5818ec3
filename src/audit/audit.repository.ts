/** The audit log's rows: written once, read newest first, never changed. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditEntry, AuditFilter } from './audit.types.ts';

export async function insertEntry(db: Kysely<Database>, entry: Omit<AuditEntry, 'id' | 'userName'>): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({ at: entry.at, userId: entry.userId, action: entry.action, subject: entry.subject, detail: JSON.stringify(entry.detail) })
    .execute();
}

export async function listEntries(db: Kysely<Database>, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('auditLog as a')
    .leftJoin('users as u', 'u.id', 'a.userId')
    .select(['a.id', 'a.at', 'a.userId', 'u.name as userName', 'a.action', 'a.subject', 'a.detail'])
    .orderBy('a.id', 'desc')
    .limit(filter.limit);
  if (filter.userId !== undefined) query = query.where('a.userId', '=', filter.userId);
  if (filter.action) query = query.where('a.action', '=', filter.action);
  if (filter.before !== undefined) query = query.where('a.id', '<', filter.before);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}

export async function listActions(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('auditLog').select('action').distinct().orderBy('action').execute();
  return rows.map((row) => row.action);
}
