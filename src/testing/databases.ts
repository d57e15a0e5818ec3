/**
 * Test databases on both dialects: a fresh SQLite file in a temporary folder, and a fresh PostgreSQL
 * database on the server named by DIWAN_TEST_POSTGRES_URL (default: the local one). When CI=true a
 * missing PostgreSQL fails the run; elsewhere those tests skip with a message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.DIWAN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let postgresProbe: Promise<string | null> | undefined;

/** Null when PostgreSQL answers; otherwise why it cannot be used. */
export function postgresUnavailable(): Promise<string | null> {
  postgresProbe ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}: ${(error as Error).message}`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return postgresProbe;
}

/** `skip` option for node:test — a reason to skip, or false; throws in CI, where PostgreSQL is required. */
export async function skipUnlessDialect(dialect: DialectName): Promise<string | false> {
  if (dialect === 'sqlite') return false;
  const reason = await postgresUnavailable();
  if (!reason) return false;
  if (process.env.CI === 'true') throw new Error(`${reason} (required when CI=true)`);
  console.warn(`skipping PostgreSQL tests: ${reason}`);
  return reason;
}

/** The DATABASE_URL that names `target`, for a Diwan started as its own process. */
export function databaseUrl(target: DatabaseTarget): string {
  return target.kind === 'postgres' ? target.url : `sqlite:${target.file}`;
}

export interface ScratchDatabase {
  target: DatabaseTarget;
  /** A folder that lives as long as the database, for media files. */
  dir: string;
  drop(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(dialect: DialectName, template?: string): Promise<ScratchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-test-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    return { target: { kind: 'sqlite', file: path.join(dir, 'diwan.sqlite') }, dir, drop: async () => removeDir() };
  }
  const name = `diwan_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    dir,
    drop: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
      removeDir();
    },
  };
}

/** A scratch database with the schema migrated, opened; `close` also drops it. */
export async function openScratchDatabase(dialect: DialectName): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  const scratch = await createScratchDatabase(dialect);
  const handle = openDatabase(scratch.target);
  await migrateToLatest(handle.db);
  return {
    db: handle.db,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}
