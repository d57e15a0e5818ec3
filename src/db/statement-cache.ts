/**
 * better-sqlite3 compiles a statement on every `prepare`, and Kysely prepares each query it runs;
 * keeping compiled statements by SQL text removes most of a small query's cost.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { withPlanKept } from './sqlite-plan-reuse.ts';

const MAX_STATEMENTS = 500;

export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
        statement = database.prepare(withPlanKept(sql));
        statements.set(sql, statement);
      }
      return statement;
    },
  } as SqliteDatabase;
}
