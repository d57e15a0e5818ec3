/** One thing a staff member (or the system) did, and how the log is read. */
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
