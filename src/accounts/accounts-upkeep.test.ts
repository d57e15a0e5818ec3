import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createAccountsService } from './accounts.service.ts';

const PASSWORD = 'upkeep passphrase 123';
const HOUR_MS = 3_600_000;

await describeOnEachDatabase('accounts upkeep', (dialect) => {
  let site: TestApp;
  before(async () => {
    site = await startTestApp(dialect);
  });
  after(() => site?.close());

  it('deletes ended sessions, forgotten failure counts and expired device cookies, and keeps the live ones', async () => {
    const start = new Date('2031-01-01T08:00:00Z');
    let clock = start;
    const accounts = createAccountsService({ db: site.database.db, audit: site.features.audit, languages: () => ['en'], now: () => clock });
    const user = await accounts.createUser({ email: 'keeper@example.org', name: 'Keeper', password: PASSWORD, role: 'editor', interfaceLanguage: 'en' }, null);
    const signIn = (client: string) => accounts.signIn({ email: user.email, password: PASSWORD }, { client });
    const fail = (email: string) => assert.rejects(accounts.signIn({ email, password: 'wrong password' }, { client: '10.9.0.9' }));

    await signIn('10.9.0.1');
    await fail('stale@example.org');
    clock = new Date(start.getTime() + 200 * 24 * HOUR_MS - 3 * HOUR_MS);
    await signIn('10.9.0.2'); // idle for three hours by the time upkeep runs
    clock = new Date(start.getTime() + 200 * 24 * HOUR_MS);
    const live = await signIn('10.9.0.3');
    await fail('fresh@example.org');

    await accounts.upkeep();

    const sessions = await site.database.db.selectFrom('sessions').select('createdAt').where('userId', '=', user.id).execute();
    assert.deepEqual(
      sessions.map((session) => session.createdAt),
      [clock.toISOString()],
      'only the live session is left',
    );
    assert.ok(await accounts.userOfSession(live.token));
    const counters = (await site.database.db.selectFrom('signInFailures').select('key').execute()).map((row) => row.key);
    assert.ok(!counters.some((key) => key.includes('stale@example.org')), `forgotten counts are gone: ${counters}`);
    assert.ok(
      counters.some((key) => key.includes('fresh@example.org')),
      `recent counts stay: ${counters}`,
    );
    const devices = await site.database.db.selectFrom('trustedDevices').select('createdAt').where('userId', '=', user.id).execute();
    assert.equal(devices.length, 2, 'the device cookie given 200 days ago expired; the two recent ones stay');
  });
});
