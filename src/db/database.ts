/** Opens the database named by the configuration: SQLite (WAL) or a PostgreSQL pool, behind one Kysely type. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import type { Dialect } from './dialect.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Connection pool occupancy on PostgreSQL; null on SQLite, which has one connection. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

/** Keeps timestamps as ISO strings and counts as numbers, so rows look the same on both dialects. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ_OID) return (value: string) => new Date(value).toISOString();
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface OpenOptions {
  /** An idle PostgreSQL connection broke (server restart, network); the pool has already dropped it. */
  onConnectionLost?(error: Error): void;
}

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): DatabaseHandle {
  const plugins = [new CamelCasePlugin()];
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, types: pgTypes, max: 10 });
    // Unheard, this event would end the process; the next query simply opens a new connection.
    pool.on('error', (error) => options.onConnectionLost?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    return {
      db,
      dialect: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => db.destroy(),
    };
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  // FULL syncs the log at every commit, so what was acknowledged (a visitor's answer, an editor's save)
  // survives a power loss too, not only a killed process; the survey batches its answers into few commits.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins });
  return { db, dialect: 'sqlite', poolStats: () => null, close: () => db.destroy() };
}
