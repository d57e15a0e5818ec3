import { type Kysely, PostgresAdapter } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Timestamps are real `timestamptz` on PostgreSQL and ISO 8601 text on SQLite (which sorts correctly). */
export function timestampType(db: Kysely<any>): 'timestamptz' | 'text' {
  return dialectOf(db) === 'postgres' ? 'timestamptz' : 'text';
}
