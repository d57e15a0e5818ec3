/** The bus that reaches every process on the same database: LISTEN/NOTIFY on PostgreSQL, a change log on SQLite. */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DatabaseTarget } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { ChangeBus } from './change-bus.ts';
import { createPostgresChangeBus } from './postgres-change-bus.ts';
import { createSqliteChangeBus } from './sqlite-change-bus.ts';

export function changeBusFor(target: DatabaseTarget, db: Kysely<Database>, log: Pick<FastifyBaseLogger, 'warn' | 'error'>): Promise<ChangeBus> {
  return target.kind === 'postgres' ? createPostgresChangeBus(target.url, log) : createSqliteChangeBus(db, log);
}
