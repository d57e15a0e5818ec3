import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { BackupError, backupDatabase, restoreDatabase } from './backup.ts';

const CLI = path.join(import.meta.dirname, '..', 'cli.ts');

await describeOnEachDatabase('backup and restore', (dialect) => {
  let site: TestApp;
  let file: string;
  const titles = async () =>
    (await site.database.db.selectFrom('translations').select(['language', 'slug', 'title']).orderBy('language').orderBy('slug').execute()).map(
      (row) => `${row.language}/${row.slug}: ${row.title}`,
    );

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    file = path.join(fs.mkdtempSync(path.join(site.config.mediaDir, '..', 'diwan-backup-')), `diwan.${dialect === 'sqlite' ? 'sqlite' : 'dump'}`);
  });
  after(() => site?.close());

  it('brings back exactly the content the backup was taken with, under a running site', async () => {
    const original = await titles();
    await backupDatabase(site.config.database, file);
    assert.ok(fs.statSync(file).size > 0);
    await site.database.db.updateTable('translations').set({ title: 'Vandalised' }).execute();
    await site.database.db.deleteFrom('storyTerms').execute();
    assert.notDeepEqual(await titles(), original);
    await restoreDatabase(site.config.database, file);
    assert.deepEqual(await titles(), original);
    const terms = await site.database.db
      .selectFrom('storyTerms')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(terms.n) > 0);
  });

  it('refuses a missing or foreign file with a message naming it', async () => {
    await assert.rejects(
      restoreDatabase(site.config.database, '/nonexistent/backup'),
      (error: Error) => error instanceof BackupError && /\/nonexistent\/backup/.test(error.message),
    );
    await assert.rejects(restoreDatabase(site.config.database, CLI), BackupError);
  });
});

describe('the backup command', () => {
  it('explains what is missing instead of failing obscurely', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'backup'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"backup" takes exactly one file name/);
    const restore = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'restore', '/no/such/file'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'sqlite:/tmp/diwan-cli-check.sqlite' },
    });
    assert.equal(restore.status, 1);
    assert.match(restore.stderr, /There is no backup file at \/no\/such\/file/);
  });
});
