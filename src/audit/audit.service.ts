/** Who did what, when: every change staff make is written here and administrators can read it. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  subject: string;
  detail: Record<string, unknown>;
}

export interface AuditFilter {
  userId?: number;
  action?: string;
  limit: number;
  /** Entries before this id (pagination, newest first). */
  before?: number;
}

export interface AuditService {
  record(userId: number | null, action: string, subject: string, detail?: Record<string, unknown>): Promise<void>;
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  actions(): Promise<string[]>;
}

export function createAuditService(db: Kysely<Database>): AuditService {
  return {
    async record(userId, action, subject, detail = {}) {
      await db
        .insertInto('auditLog')
        .values({ at: new Date().toISOString(), userId, action, subject, detail: JSON.stringify(detail) })
        .execute();
    },
    async list(filter) {
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
    },
    async actions() {
      const rows = await db.selectFrom('auditLog').select('action').distinct().orderBy('action').execute();
      return rows.map((row) => row.action);
    },
  };
}
