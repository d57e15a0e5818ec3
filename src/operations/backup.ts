/**
 * `diwan backup <file>` and `diwan restore <file>`. SQLite uses its online backup API (safe while
 * Diwan runs); PostgreSQL uses pg_dump's custom format and pg_restore in a single transaction.
 * Restoring replaces the whole database: stop Diwan first, or restart it after.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { DatabaseTarget } from '../config.ts';

export class BackupError extends Error {
  override name = 'BackupError';
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new BackupError(error.code === 'ENOENT' ? `${command} is not installed (Debian: apt-get install postgresql-client)` : error.message)),
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/** Checks that a file is an SQLite database holding a Diwan schema, and intact. */
function checkSqliteBackup(file: string): void {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} is damaged: ${String(integrity)}`);
    const schema = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!schema) throw new BackupError(`${file} is an SQLite database but not a Diwan backup`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite backup: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  const destination = path.resolve(file);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  try {
    if (target.kind === 'postgres') {
      await run('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${target.url}`]);
    } else {
      if (!fs.existsSync(target.file)) throw new BackupError(`There is no SQLite database at ${target.file} (DATABASE_URL)`);
      const db = new SQLite(target.file, { fileMustExist: true });
      try {
        await db.backup(partial);
      } finally {
        db.close();
      }
    }
    fs.renameSync(partial, destination);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`There is no backup file at ${source}`);
  if (target.kind === 'postgres') {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${target.url}`, source]);
    return;
  }
  checkSqliteBackup(source);
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  // The backup API writes page by page into the live file under SQLite's locks, WAL included.
  const backup = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target.file);
  } finally {
    backup.close();
  }
}
