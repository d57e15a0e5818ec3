import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { it } from 'node:test';
import { openDatabase } from '../db/database.ts';
import { createScratchDatabase, databaseUrl } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startInstance } from '../testing/instances.ts';

const CLI = path.join(import.meta.dirname, '..', 'cli.ts');

function createAdmin(databaseUrl: string, args: string[], password: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, 'create-admin', ...args], {
    encoding: 'utf8',
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

await describeOnEachDatabase('the first administrator', (dialect) => {
  it('comes from DIWAN_ADMIN_EMAIL and DIWAN_ADMIN_PASSWORD when no user exists, and only then', async () => {
    const scratch = await createScratchDatabase(dialect);
    try {
      const env = { DIWAN_SEED_DEMO: 'false', DIWAN_ADMIN_EMAIL: 'Head@Example.org', DIWAN_ADMIN_PASSWORD: 'first admin password' };
      const first = await startInstance(scratch.target, env);
      const users = await first.features.accounts.listUsers();
      assert.deepEqual(
        users.map((u) => [u.email, u.role]),
        [['head@example.org', 'administrator']],
      );
      await first.stop();
      const second = await startInstance(scratch.target, { ...env, DIWAN_ADMIN_EMAIL: 'other@example.org' });
      assert.equal(await second.features.accounts.countUsers(), 1);
      await second.stop();
    } finally {
      await scratch.drop();
    }
  });

  it('can be added with `diwan create-admin`, the password read from standard input', async () => {
    const scratch = await createScratchDatabase(dialect);
    const url = databaseUrl(scratch.target);
    try {
      const short = createAdmin(url, ['--email', 'chief@example.org'], 'short');
      assert.equal(short.status, 1);
      assert.match(short.stderr, /password: The password must be at least 12 characters long/);
      const made = createAdmin(url, ['--email', 'chief@example.org', '--name', 'Leila Mansour'], 'a strong passphrase here');
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, /Created administrator chief@example.org/);
      const again = createAdmin(url, ['--email', 'CHIEF@example.org'], 'a strong passphrase here');
      assert.equal(again.status, 1);
      assert.match(again.stderr, /already exists/);
      const missing = createAdmin(url, [], 'whatever password');
      assert.equal(missing.status, 2);
      const handle = openDatabase(scratch.target);
      const row = await handle.db.selectFrom('users').select(['name', 'role']).executeTakeFirstOrThrow();
      await handle.close();
      assert.deepEqual(row, { name: 'Leila Mansour', role: 'administrator' });
    } finally {
      await scratch.drop();
    }
  });
});
