import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { can, ROLES } from '../admin/index.ts';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ADMIN = { email: 'director@example.org', password: 'a long admin passphrase' };

await describeOnEachDatabase('staff accounts', (dialect) => {
  let site: TestApp;
  const browser = () => new AdminBrowser(site.app);
  const userCount = async () => site.features.accounts.countUsers();

  before(async () => {
    site = await startTestApp(dialect);
    await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en');
  });
  after(() => site?.close());

  it('sends visitors who are not signed in to the sign-in page, and back where they were after', async () => {
    const visitor = browser();
    const response = await visitor.get('/admin/users');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/sign-in?next=%2Fadmin%2Fusers');
    const signedIn = await visitor.post('/admin/sign-in', { ...ADMIN, next: '/admin/users' }, '/admin/sign-in?next=%2Fadmin%2Fusers');
    assert.equal(signedIn.statusCode, 303);
    assert.equal(signedIn.headers.location, '/admin/users');
    assert.equal((await visitor.get('/admin/users')).statusCode, 200);
  });

  it('never follows a "next" address off the admin after sign-in', async () => {
    for (const next of ['https://evil.example/', '//evil.example/admin/', '/en/', '/admin/\\evil']) {
      const response = await browser().post('/admin/sign-in', { ...ADMIN, next }, '/admin/sign-in');
      assert.equal(response.headers.location, '/admin/', next);
    }
  });

  it('sends a signed-in member of staff given a "next" with a line break to the dashboard, adding no header', async () => {
    const staff = browser();
    await staff.signIn(ADMIN.email, ADMIN.password);
    const response = await staff.get('/admin/sign-in?next=/admin/%0d%0aSet-Cookie:%20x=1');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/');
    assert.equal(response.headers['set-cookie'], undefined);
    const arabic = await staff.get(`/admin/sign-in?next=${encodeURIComponent('/admin/stories?q=مدرسة')}`);
    assert.equal(arabic.statusCode, 303);
    assert.equal(arabic.headers.location, `/admin/stories?q=${encodeURIComponent('مدرسة')}`, 'a next a header cannot carry is percent-encoded');
  });

  it('keeps the session and the device token in HttpOnly, SameSite=Lax, Secure cookies scoped to /admin', async () => {
    const response = await browser().signIn(ADMIN.email, ADMIN.password);
    for (const name of ['diwan_session', 'diwan_device']) {
      const cookie = String([response.headers['set-cookie']].flat().find((c) => String(c).startsWith(`${name}=`)));
      assert.match(cookie, /HttpOnly/i, name);
      assert.match(cookie, /SameSite=Lax/i, name);
      assert.match(cookie, /Secure/i, name);
      assert.match(cookie, /Path=\/admin/i, name);
    }
    assert.equal((await site.app.inject('/en/')).headers['set-cookie'], undefined, 'public pages set no cookie');
  });

  it('answers an unknown email exactly as a wrong password, and records the failure', async () => {
    const unknown = await browser().signIn('nobody@example.org', 'whatever password');
    const wrong = await browser().signIn(ADMIN.email, 'not the right password');
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.statusCode, 401);
    const message = (body: string) => /class="notice notice--error" role="alert">([^<]+)</.exec(body)?.[1];
    assert.equal(message(unknown.body), 'The email address or the password is incorrect.');
    assert.equal(message(wrong.body), message(unknown.body));
    assert.match(wrong.body, /value="director@example.org"/, 'the email typed is kept');
    const failures = await site.features.audit.list({ action: 'session.failed', limit: 10 });
    assert.ok(failures.length >= 2);
  });

  it('starts a new session at every sign-in; the earlier one stops working', async () => {
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const first = visitor.cookies.get('diwan_session')!;
    await visitor.post('/admin/sign-in', { ...ADMIN }, '/admin/account');
    const second = visitor.cookies.get('diwan_session')!;
    assert.notEqual(second, first);
    const stale = await site.app.inject({ url: '/admin/', headers: { cookie: `diwan_session=${first}` } });
    assert.equal(stale.statusCode, 303);
    assert.equal((await visitor.get('/admin/')).statusCode, 200);
  });

  it('ends a session idle for two hours, and any session twelve hours after sign-in', async () => {
    const idle = browser();
    await idle.signIn(ADMIN.email, ADMIN.password);
    await site.database.db
      .updateTable('sessions')
      .set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000 - 1000).toISOString() })
      .execute();
    assert.equal((await idle.get('/admin/')).statusCode, 303);
    const old = browser();
    await old.signIn(ADMIN.email, ADMIN.password);
    await site.database.db
      .updateTable('sessions')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .execute();
    assert.equal((await old.get('/admin/')).statusCode, 303);
  });

  it('signs out: the session is gone from the server, not only from the browser', async () => {
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const token = visitor.cookies.get('diwan_session')!;
    const out = await visitor.post('/admin/sign-out', {}, '/admin/');
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/admin/sign-in?done=signed-out');
    assert.equal((await site.app.inject({ url: '/admin/', headers: { cookie: `diwan_session=${token}` } })).statusCode, 303);
  });

  it('refuses form posts without the right CSRF token and changes nothing', async () => {
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const before = await userCount();
    const form = { email: 'csrf@example.org', name: 'CSRF', role: 'author', interfaceLanguage: 'en', password: 'a long enough password' };
    for (const token of ['', 'forged-token']) {
      const response = await visitor.post('/admin/users/new', { ...form, _csrf: token });
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /This form had expired/);
    }
    const anotherBrowsersToken = await (async () => {
      const other = browser();
      await other.signIn(ADMIN.email, ADMIN.password);
      return other.csrfToken('/admin/users/new');
    })();
    assert.equal((await visitor.post('/admin/users/new', { ...form, _csrf: anotherBrowsersToken })).statusCode, 403);
    assert.equal(await userCount(), before);
  });

  it('makes a browser wait after five failed attempts, even with the right password, and says when to retry', async () => {
    await site.features.accounts.createUser(
      { email: 'target@example.org', name: 'Target', password: 'target password 123', role: 'author', interfaceLanguage: 'fr' },
      null,
    );
    for (let i = 0; i < 5; i++) assert.equal((await browser().signIn('target@example.org', `guess number ${i}`)).statusCode, 401);
    const locked = await browser().signIn('target@example.org', 'target password 123');
    assert.equal(locked.statusCode, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    assert.match(locked.body, /Try again in 1 minute\./);
    assert.equal((await browser().signIn(ADMIN.email, ADMIN.password)).statusCode, 303, 'other accounts are not locked');
  });

  it('changes a password only with the current one, and signs out the other sessions', async () => {
    await site.features.accounts.createUser(
      { email: 'writer@example.org', name: 'Writer', password: 'first password 123', role: 'author', interfaceLanguage: 'ar' },
      null,
    );
    const here = browser();
    const elsewhere = browser();
    await here.signIn('writer@example.org', 'first password 123');
    await elsewhere.signIn('writer@example.org', 'first password 123');
    const wrong = await here.post('/admin/account/password', { currentPassword: 'nope', newPassword: 'second password 456' }, '/admin/account');
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /كلمة المرور الحالية غير صحيحة/, 'errors in the writer’s own language');
    assert.match(wrong.body, /<html lang="ar" dir="rtl"/);
    const changed = await here.post('/admin/account/password', { currentPassword: 'first password 123', newPassword: 'second password 456' }, '/admin/account');
    assert.equal(changed.statusCode, 303);
    assert.equal((await here.get('/admin/')).statusCode, 200);
    assert.equal((await elsewhere.get('/admin/')).statusCode, 303);
    assert.equal((await browser().signIn('writer@example.org', 'second password 456')).statusCode, 303);
  });

  it('lets an administrator add a user, showing each mistake beside its field and keeping what was typed', async () => {
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const bad = await visitor.post('/admin/users/new', {
      email: 'not-an-email',
      name: 'Samira Benali',
      role: 'emperor',
      interfaceLanguage: 'en',
      password: 'short',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="email-error">Enter a valid email address\./);
    assert.match(bad.body, /id="role-error">Choose one of the options\./);
    assert.match(bad.body, /id="password-error">The password must be at least 12 characters long\./);
    assert.match(bad.body, /aria-describedby="email-error"/);
    assert.match(bad.body, /value="Samira Benali"/);
    const good = await visitor.post('/admin/users/new', {
      email: 'Samira@Example.org',
      name: 'Samira Benali',
      role: 'translator',
      interfaceLanguage: 'fr',
      password: 'a long enough password',
    });
    assert.equal(good.statusCode, 303);
    const list = await visitor.get('/admin/users?done=created');
    assert.match(list.body, /samira@example.org/);
    assert.match(list.body, /Translator/);
  });

  it('walks every admin route with every role and answers as the role allows', async () => {
    const table = site.app.adminRouteTable;
    assert.ok(table.length >= 10, `${table.length} admin routes`);
    const adminUser = (await site.features.accounts.listUsers()).find((u) => u.email === ADMIN.email)!;
    const storyId = await site.features.editorial.createStory(
      'en',
      { title: 'Matrix story', slug: '', summary: 'S.', bodyHtml: '<p>B.</p>' },
      { featured: false, heroImageId: null, termIds: [], memberStates: [] },
      adminUser,
    );
    // Records for the routes that act on one: a webhook endpoint with a delivery, an API token.
    const webhookId = await site.features.webhooks.create(
      { url: 'https://hooks.example.org/matrix', description: '', events: ['story.published'] },
      adminUser.id,
    );
    await site.features.webhooks.sendTest(webhookId, adminUser.id);
    const [delivery] = await site.features.webhooks.deliveries(webhookId);
    const token = await site.features.apiTokens.create({ userId: adminUser.id, name: 'Matrix', scopes: ['stories:read'], expiresInDays: 7 }, adminUser.id);
    const concrete = (url: string) =>
      url
        .replace(':kind/:id', 'section/new')
        .replace(':id/:lang', `${storyId}/en`)
        .replace(':revision', '1')
        .replace('/webhooks/:id', `/webhooks/${webhookId}`)
        .replace(':delivery', String(delivery!.id))
        .replace('/api-tokens/:id', `/api-tokens/${token.id}`)
        .replace(':id', String(adminUser.id));
    for (const role of ROLES) {
      const email = `matrix-${role}@example.org`;
      await site.features.accounts.createUser({ email, name: `Matrix ${role}`, password: 'matrix password 123', role, interfaceLanguage: 'en' }, null);
      const visitor = browser();
      await visitor.signIn(email, 'matrix password 123');
      const token = await visitor.csrfToken('/admin/account');
      // Sign-out last: it ends the session the other requests use.
      const ordered = [...table].sort((a, b) => Number(a.url.endsWith('/sign-out')) - Number(b.url.endsWith('/sign-out')));
      for (const route of ordered) {
        const url = concrete(route.url);
        const response = route.method === 'GET' ? await visitor.get(url) : await visitor.post(url, { _csrf: token });
        const what = `${role} ${route.method} ${route.url} → ${response.statusCode}`;
        const toSignIn = response.statusCode === 303 && String(response.headers.location).startsWith('/admin/sign-in?next');
        if (route.permission === 'public') assert.ok([200, 303, 400, 401].includes(response.statusCode), what);
        // Allowed through the door: the answer is the page or the form's verdict (a story's own rules may still refuse).
        // The matrix story is a draft with no machine translation, so its machine routes find nothing; nor is there a
        // glossary entry or a reader's report under the id given.
        else if (can(role, route.permission))
          assert.ok(
            [200, 303, 400, 403, ...(/\/machine|\/glossary\/:id|\/reports\/:id/.test(route.url) ? [404] : [])].includes(response.statusCode) && !toSignIn,
            what,
          );
        else assert.equal(response.statusCode, 403, what);
        if (!can(role, route.permission as never) && route.permission !== 'public') assert.doesNotMatch(response.body, /Matrix story/, what);
      }
    }
    const anonymous = browser();
    for (const route of table.filter((r) => r.permission !== 'public')) {
      const response = route.method === 'GET' ? await anonymous.get(concrete(route.url)) : await anonymous.post(concrete(route.url), { _csrf: 'x' });
      assert.ok([303, 403].includes(response.statusCode), `anonymous ${route.method} ${route.url} → ${response.statusCode}`);
      if (route.method === 'GET') assert.match(String(response.headers.location), /^\/admin\/sign-in/);
    }
  });

  it('keeps admin pages out of every cache', async () => {
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const page = await visitor.get('/admin/');
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['surrogate-key'], undefined);
  });

  it('refuses to let administrators remove their own role', async () => {
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const me = (await site.features.accounts.listUsers()).find((u) => u.email === ADMIN.email)!;
    const response = await visitor.post(`/admin/users/${me.id}`, { name: me.name, role: 'author', interfaceLanguage: 'en' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /cannot remove your own administrator role/);
    assert.equal((await site.features.accounts.findUser(me.id)).role, 'administrator');
  });

  it('enables an account imported from WordPress only with a password, which it then signs in with', async () => {
    const { user } = await site.features.accounts.ensureImportedAuthor({ email: 'l.haddad@news.example.org', name: 'Leila Haddad', interfaceLanguage: 'ar' });
    assert.equal(user.disabled, true);
    assert.equal((await browser().signIn('l.haddad@news.example.org', '')).statusCode, 401);
    const visitor = browser();
    await visitor.signIn(ADMIN.email, ADMIN.password);
    const fields = { name: user.name, role: 'author', interfaceLanguage: 'ar' };
    const refused = await visitor.post(`/admin/users/${user.id}`, fields);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /id="password-error">This account has no password yet: give it one to enable it\./);
    assert.equal((await site.features.accounts.findUser(user.id)).disabled, true);
    assert.equal((await visitor.post(`/admin/users/${user.id}`, { ...fields, password: 'a password for leila' })).statusCode, 303);
    assert.equal((await site.features.accounts.findUser(user.id)).disabled, false);
    assert.equal((await browser().signIn('l.haddad@news.example.org', 'a password for leila')).statusCode, 303);
  });
});
