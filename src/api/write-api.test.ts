import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, it } from 'node:test';
import type { ApiScope } from '../accounts/index.ts';
import { can, type Permission, ROLES } from '../admin/index.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { imageLibrary } from '../media/index.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const SCOPES: ApiScope[] = ['stories:read', 'stories:write', 'translations:write', 'media:write'];

async function pngImage(): Promise<Buffer> {
  const sharp = await imageLibrary();
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer();
}

function multipart(fields: Record<string, string>, file: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = 'diwan-test-boundary';
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

await describeOnEachDatabase('the write API with staff tokens', (dialect) => {
  let site: TestApp;
  let adminId: number;
  let storyId: number;
  const users = new Map<string, number>();

  const tokenFor = async (role: string, scopes: ApiScope[], expiresInDays: number | null = 30) =>
    (await site.features.apiTokens.create({ userId: users.get(role)!, name: `${role} ${scopes.join(' ')}`, scopes, expiresInDays }, adminId)).token;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string | null, payload?: object) =>
    site.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(payload ? { payload } : {}) });

  before(async () => {
    site = await startTestApp(dialect);
    for (const role of ROLES) {
      const user = await site.features.accounts.createUser(
        { email: `${role}@example.org`, name: `The ${role}`, password: 'a long enough password', role, interfaceLanguage: 'en' },
        null,
      );
      users.set(role, user.id);
    }
    adminId = users.get('administrator')!;
    const editor = await site.features.accounts.findUser(users.get('editor')!);
    storyId = await site.features.editorial.createStory(
      'en',
      { title: 'An editor’s draft', slug: '', summary: 'S.', bodyHtml: '<p>Body.</p>' },
      { featured: false, heroImageId: null, termIds: [], memberStates: [] },
      editor,
    );
  });
  after(() => site?.close());

  it('walks every write route with every role and scope, and answers as the role and the scope allow', async () => {
    const image = await pngImage();
    const routes: { name: string; scope: ApiScope; permission: Permission; send: (token: string) => ReturnType<typeof call> }[] = [
      {
        name: 'POST /stories',
        scope: 'stories:write',
        permission: 'stories.write',
        send: (token) => call('POST', '/api/v1/stories', token, { language: 'en', title: `Via the API ${token.slice(-8)}`, bodyHtml: '<p>Hello.</p>' }),
      },
      {
        name: 'PUT /stories/:id/translations/fr',
        scope: 'translations:write',
        permission: 'translations.write',
        // A fresh story each time: a translator may add a translation, not change another's.
        send: async (token) => {
          const id = await site.features.editorial.createStory(
            'en',
            { title: `Original ${token.slice(-8)}`, slug: '', summary: '', bodyHtml: '<p>Original.</p>' },
            { featured: false, heroImageId: null, termIds: [], memberStates: [] },
            await site.features.accounts.findUser(users.get('editor')!),
          );
          return call('PUT', `/api/v1/stories/${id}/translations/fr`, token, {
            title: `Par l’API ${token.slice(-8)}`,
            bodyHtml: '<p>Bonjour.</p>',
            sourceLanguage: 'en',
          });
        },
      },
      {
        name: 'POST /images',
        scope: 'media:write',
        permission: 'stories.write',
        send: (token) => {
          const body = multipart({ 'alt-en': 'A red square', 'alt-fr': 'Un carré rouge', 'alt-ar': 'مربع أحمر' }, image);
          return site.app.inject({
            method: 'POST',
            url: '/api/v1/images',
            payload: body.payload,
            headers: { ...body.headers, authorization: `Bearer ${token}` },
          });
        },
      },
    ];
    for (const route of routes) {
      for (const role of ROLES) {
        for (const scope of SCOPES) {
          const response = await route.send(await tokenFor(role, [scope]));
          const what = `${role} with ${scope}: ${route.name} → ${response.statusCode} ${response.body.slice(0, 120)}`;
          if (scope !== route.scope) {
            assert.equal(response.statusCode, 403, what);
            assert.equal(response.json().error.code, 'api.scope_missing', what);
          } else if (!can(role, route.permission)) {
            assert.equal(response.statusCode, 403, what);
            assert.match(response.json().error.code, /^(api\.forbidden|story\.edit_forbidden)$/, what);
          } else {
            assert.ok([200, 201].includes(response.statusCode), what);
          }
        }
      }
      const anonymous = await route.send('');
      assert.equal(anonymous.statusCode, 401, `${route.name} without a token`);
    }
  });

  it('answers a broken upload with 400 and an image without its descriptions with the form’s code', async () => {
    const token = await tokenFor('editor', ['media:write']);
    const broken = await site.app.inject({
      method: 'POST',
      url: '/api/v1/images',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '\u0000',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'request.invalid');
    const body = multipart({ 'alt-en': 'Only English' }, await pngImage());
    const missing = await site.app.inject({
      method: 'POST',
      url: '/api/v1/images',
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${token}` },
    });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.code, 'image.invalid');
  });

  it('publishes per the user’s role, through the same workflow as the admin, audited as that user', async () => {
    const author = await tokenFor('author', ['stories:write']);
    const created = await call('POST', '/api/v1/stories', author, { language: 'en', title: 'An author’s story', bodyHtml: '<p>Words.</p>' });
    assert.equal(created.statusCode, 201);
    const { id } = created.json();
    const publish = await call('POST', `/api/v1/stories/${id}/translations/en/status`, author, { status: 'published' });
    assert.equal(publish.statusCode, 403, 'an author may not publish');
    assert.equal(publish.json().error.code, 'story.move_forbidden');
    assert.equal((await call('POST', `/api/v1/stories/${id}/translations/en/status`, author, { status: 'review' })).statusCode, 200);
    const editor = await tokenFor('editor', ['stories:write']);
    assert.equal((await call('POST', `/api/v1/stories/${id}/translations/en/status`, editor, { status: 'published' })).statusCode, 200);
    const live = await call('GET', `/api/v1/stories/${id}`, null);
    assert.equal(live.statusCode, 200);
    assert.equal(live.json().title, 'An author’s story');
    const entries = await site.features.audit.list({ limit: 20 });
    const moves = entries.filter((entry) => entry.subject === `story:${id}/en`).map((entry) => `${entry.action} by ${entry.userName}`);
    assert.ok(moves.includes('translation.published by The editor'), moves.join(', '));
    assert.ok(moves.includes('story.create by The author'), moves.join(', '));
  });

  it('shows drafts only to tokens with stories:read', async () => {
    const reader = await tokenFor('translator', ['stories:read']);
    const drafts = await call('GET', '/api/v1/stories?status=draft&language=en&limit=100', reader);
    assert.equal(drafts.statusCode, 200);
    assert.ok(drafts.json().data.some((s: { id: number; status: string }) => s.id === storyId && s.status === 'draft'));
    assert.equal(drafts.headers['cache-control'], 'private, no-store');
    assert.equal((await call('GET', `/api/v1/stories/${storyId}`, null)).statusCode, 404, 'readers do not see a draft');
    const writer = await tokenFor('editor', ['stories:write']);
    assert.equal((await call('GET', '/api/v1/stories?status=draft', writer)).statusCode, 403, 'no stories:read, no drafts');
  });

  it('refuses revoked and expired tokens, tokens of disabled users, and never takes a session cookie', async () => {
    const revoked = await tokenFor('editor', ['stories:write']);
    const [row] = await site.features.apiTokens.list();
    await site.features.apiTokens.revoke(row!.id, adminId);
    const expired = await tokenFor('editor', ['stories:write'], 7);
    await site.database.db
      .updateTable('apiTokens')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('name', '=', 'editor stories:write')
      .where('revokedAt', 'is', null)
      .execute();
    for (const token of [revoked, expired, 'dwn_made-up-token', 'not even the format']) {
      const response = await call('POST', '/api/v1/stories', token, { language: 'en', title: 'No', bodyHtml: '<p>No.</p>' });
      assert.equal(response.statusCode, 401, token);
      assert.equal(response.json().error.code, 'api.token_invalid', token);
    }
    const session = await site.app.inject({
      method: 'POST',
      url: '/api/v1/stories',
      headers: { cookie: 'diwan_session=whatever' },
      payload: { language: 'en', title: 'No', bodyHtml: '<p>No.</p>' },
    });
    assert.equal(session.statusCode, 401);
    assert.equal(session.json().error.code, 'api.unauthorized');
  });

  it('writes neither the token nor its hash to the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({ config: site.config, features: site.features, database: site.database, log: createLogger('trace', sink) });
    try {
      const token = await tokenFor('editor', ['stories:write', 'stories:read']);
      const bad = `${token.slice(0, -4)}XXXX`;
      for (const authorization of [`Bearer ${token}`, `Bearer ${bad}`, token]) {
        await app.inject({ method: 'POST', url: '/api/v1/stories', headers: { authorization }, payload: { language: 'xx', title: '', bodyHtml: '' } });
        await app.inject({ method: 'GET', url: '/api/v1/stories?status=any&limit=999', headers: { authorization } });
      }
      assert.ok(lines.length > 10, `${lines.length} log lines`);
      const log = lines.join('');
      assert.ok(!log.includes(token.slice(4)), 'the token is not in the log');
      assert.ok(!log.includes(bad.slice(4)), 'a wrong token is not in the log either');
    } finally {
      await app.close();
    }
  });
});
