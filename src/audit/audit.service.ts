/** Who did what, when: every change staff make is written here and administrators can read it. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import * as repo from './audit.repository.ts';
import type { AuditEntry, AuditFilter } from './audit.types.ts';

export interface AuditService {
  record(userId: number | null, action: string, subject: string, detail?: Record<string, unknown>): Promise<void>;
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  actions(): Promise<string[]>;
}

export function createAuditService(db: Kysely<Database>): AuditService {
  return {
    record: (userId, action, subject, detail = {}) => repo.insertEntry(db, { at: new Date().toISOString(), userId, action, subject, detail }),
    list: (filter) => repo.listEntries(db, filter),
    actions: () => repo.listActions(db),
  };
}
