import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createAccountsService } from './accounts.service.ts';
import { TooManyAttempts } from './sign-in-throttle.ts';

const PASSWORD = 'the owner’s passphrase';

await describeOnEachDatabase('sign-in throttle', (dialect) => {
  let site: TestApp;
  const browser = (remoteAddress: string) => new AdminBrowser(site.app, { remoteAddress });
  const statuses = (responses: { statusCode: number }[]) => responses.map((response) => response.statusCode);
  const count = (list: number[], status: number) => list.filter((s) => s === status).length;

  async function newUser(name: string): Promise<string> {
    const email = `${name}@example.org`;
    await site.features.accounts.createUser({ email, name, password: PASSWORD, role: 'editor', interfaceLanguage: 'en' }, null);
    return email;
  }

  /** Failed sign-ins the audit log holds for an email: one per password actually checked. */
  async function verifiedFailures(email: string): Promise<number> {
    const entries = await site.features.audit.list({ action: 'session.failed', limit: 1000 });
    return entries.filter((entry) => entry.subject === `email:${email}`).length;
  }

  /** A browser the owner has signed in with before (it holds a device cookie), signed out again. */
  async function ownersBrowser(email: string, remoteAddress: string): Promise<AdminBrowser> {
    const owner = browser(remoteAddress);
    assert.equal((await owner.signIn(email, PASSWORD)).statusCode, 303);
    await owner.post('/admin/sign-out', {}, '/admin/');
    return owner;
  }

  before(async () => {
    site = await startTestApp(dialect);
  });
  after(() => site?.close());

  it('checks at most five of eight guesses sent at once; the others are refused with a time to wait', async () => {
    const email = await newUser('parallel');
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => browser('10.1.0.1').signIn(email, `wrong guess ${i}`)));
    const answered = statuses(guesses);
    assert.equal(count(answered, 401), 5, `answers: ${answered}`);
    assert.equal(count(answered, 429), 3, `answers: ${answered}`);
    for (const refused of guesses.filter((guess) => guess.statusCode === 429)) {
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.match(refused.body, /Try again in 1 minute\./);
    }
    assert.equal(await verifiedFailures(email), 5, 'refused guesses are not checked');
  });

  it('does not let a stranger guessing from one address keep the owner out elsewhere', async () => {
    const email = await newUser('owner');
    const owner = await ownersBrowser(email, '10.2.0.1');
    const stranger = browser('10.2.0.66');
    const guesses: number[] = [];
    for (let i = 0; i < 30; i++) guesses.push((await stranger.signIn(email, `stranger guess ${i}`)).statusCode);
    assert.deepEqual(guesses, [...Array(5).fill(401), ...Array(25).fill(429)]);
    assert.equal((await stranger.signIn(email, PASSWORD)).statusCode, 429, 'the stranger’s address waits, even with the right password');
    assert.equal((await owner.signIn(email, PASSWORD)).statusCode, 303, 'the owner’s own browser gets in');
    assert.equal((await browser('10.2.0.2').signIn(email, PASSWORD)).statusCode, 303, 'so does a new browser at another address');
  });

  it('makes new browsers wait when guesses come from many addresses, but lets the owner’s known browser in', async () => {
    const email = await newUser('botnet-target');
    const owner = await ownersBrowser(email, '10.3.1.1');
    const guesses: number[] = [];
    for (let i = 0; i < 25; i++) guesses.push((await browser(`10.3.0.${i}`).signIn(email, `botnet guess ${i}`)).statusCode);
    assert.deepEqual(guesses, [...Array(20).fill(401), ...Array(5).fill(429)]);
    assert.equal((await browser('10.3.1.2').signIn(email, PASSWORD)).statusCode, 429, 'a browser never used to sign in waits');
    assert.ok(owner.cookies.has('diwan_device'), 'the owner’s browser holds a device cookie from signing in before');
    assert.equal((await owner.signIn(email, PASSWORD)).statusCode, 303, 'the browser the owner signed in with before does not');
    const forged = browser('10.3.1.3');
    forged.cookies.set('diwan_device', 'not-a-device-token');
    assert.equal((await forged.signIn(email, PASSWORD)).statusCode, 429, 'a made-up device cookie is no device');
  });

  it('doubles each wait after the free attempts, counts no refused attempt, and starts afresh after a success', async () => {
    let clock = new Date('2031-03-01T09:00:00Z');
    const accounts = createAccountsService({ db: site.database.db, audit: site.features.audit, languages: () => ['en'], now: () => clock });
    const email = await newUser('delays');
    const attempt = (password: string) =>
      accounts.signIn({ email, password }, { client: '10.4.0.1' }).then(
        () => 'signed in',
        (error: { code?: string }) => (error instanceof TooManyAttempts ? error.retryAfterSeconds : error.code),
      );
    const later = (seconds: number) => {
      clock = new Date(clock.getTime() + seconds * 1000);
    };
    for (let i = 0; i < 5; i++) assert.equal(await attempt(`wrong ${i}`), 'sign_in.failed');
    const firstWait = await attempt(PASSWORD);
    assert.equal(firstWait, 60);
    for (let i = 0; i < 10; i++) assert.equal(await attempt(`refused ${i}`), 60);
    later(30);
    assert.equal(await attempt('still waiting'), 30);
    later(31);
    assert.equal(await attempt('one more guess'), 'sign_in.failed', 'after the wait, one attempt is checked');
    const secondWait = await attempt(PASSWORD);
    assert.equal(secondWait, 120, 'the second wait is twice the first: the refused attempts were not counted');
    assert.equal(await verifiedFailures(email), 6, 'only the six admitted attempts were checked');
    later(121);
    assert.equal(await attempt(PASSWORD), 'signed in');
    for (let i = 0; i < 5; i++) assert.equal(await attempt(`typo ${i}`), 'sign_in.failed', 'the success cleared this client’s count');
    assert.equal(await attempt(PASSWORD), 60);
  });

  it('takes a successful sign-in back from the shared counts, even the one that reached their limit', async () => {
    const email = await newUser('shared-counts');
    for (let i = 0; i < 19; i++) assert.equal((await browser(`10.7.0.${i}`).signIn(email, `guess ${i}`)).statusCode, 401);
    assert.equal((await browser('10.7.1.1').signIn(email, PASSWORD)).statusCode, 303, 'the twentieth attempt, the owner’s');
    assert.equal((await browser('10.7.1.2').signIn(email, 'one more guess')).statusCode, 401, 'the owner did not use up the account’s count');
    assert.equal((await browser('10.7.1.3').signIn(email, PASSWORD)).statusCode, 429, 'that guess did');
  });

  it('counts the addresses of one IPv6 /64 as one address, for one account and across accounts', async () => {
    const email = await newUser('ipv6-owner');
    const walked: number[] = [];
    for (let i = 1; i <= 6; i++) walked.push((await browser(`2001:db8:6:1::${i.toString(16)}`).signIn(email, `guess ${i}`)).statusCode);
    assert.deepEqual(walked, [401, 401, 401, 401, 401, 429], 'a new address of the same /64 is the same guesser');
    assert.equal((await browser('2001:db8:6:2::1').signIn(email, PASSWORD)).statusCode, 303, 'the next /64 is someone else');

    const sprayed: number[] = [];
    for (let i = 1; i <= 50; i++)
      sprayed.push((await browser(`2001:db8:6:3::${i.toString(16)}:1`).signIn(`sprayed-${i}@example.org`, 'Winter2031!')).statusCode);
    assert.deepEqual(sprayed, Array(50).fill(401));
    assert.equal((await browser('2001:db8:6:3:ffff::1').signIn('sprayed-51@example.org', 'Winter2031!')).statusCode, 429, 'the /64 used up its count');
    assert.equal((await browser('2001:db8:6:4::1').signIn('sprayed-51@example.org', 'Winter2031!')).statusCode, 401, 'its neighbour did not');
  });

  it('answers an unknown email exactly like a known one, locks included', async () => {
    await newUser('known');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) known.push((await browser('10.6.0.1').signIn('known@example.org', `guess ${i}`)).statusCode);
    for (let i = 0; i < 6; i++) unknown.push((await browser('10.6.0.2').signIn('unknown@example.org', `guess ${i}`)).statusCode);
    assert.deepEqual(unknown, known);
    assert.deepEqual(known, [401, 401, 401, 401, 401, 429]);
  });
});
