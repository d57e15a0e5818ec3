import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ARTICLE_SLUG = 'icesco-indonesia-new-routes-for-cooperation';

await describeOnEachDatabase('the Content API', (dialect) => {
  let site: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const json = async (url: string) => {
    const response = await get(url);
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  it('lists stories in a language with their other languages, absolute URLs and RFC 3339 dates', async () => {
    const { status, body } = await json('/api/v1/stories?language=en&limit=3');
    assert.equal(status, 200);
    assert.equal(body.data.length, 3);
    for (const story of body.data) {
      assert.equal(story.language, 'en');
      assert.match(story.url, /^https:\/\/news\.example\.org\/en\/news\//);
      assert.ok(!Number.isNaN(Date.parse(story.publishedAt)) && story.publishedAt.endsWith('Z'), story.publishedAt);
      assert.ok(story.translations.some((t: { language: string; kind: string }) => t.language === 'en' && t.kind === 'human'));
      assert.equal(story.status, undefined, 'readers are not shown workflow states');
    }
    const times = body.data.map((s: { publishedAt: string }) => s.publishedAt);
    assert.deepEqual([...times].sort().reverse(), times, 'newest first');
  });

  it('finds one story by id in each of its languages, and by language and slug', async () => {
    const byId = await json('/api/v1/stories/1?language=ar');
    assert.equal(byId.status, 200);
    assert.equal(byId.body.language, 'ar');
    const bySlug = await json(`/api/v1/stories/by-slug/en/${ARTICLE_SLUG}`);
    assert.equal(bySlug.status, 200);
    assert.equal(bySlug.body.slug, ARTICLE_SLUG);
    assert.equal(bySlug.body.id, (await json(`/api/v1/stories/${bySlug.body.id}`)).body.id);
  });

  it('filters by section, tag, Member State and dates, each narrowing the list', async () => {
    const all = (await json('/api/v1/stories?language=en&limit=100')).body.meta.pagination.total;
    const sections = (await json('/api/v1/sections?language=en')).body.data;
    const education = await json(`/api/v1/stories?language=en&limit=100&section=${sections[0].slug}`);
    assert.ok(education.body.data.length > 0 && education.body.data.length < all);
    assert.ok(education.body.data.every((s: { sectionIds: number[] }) => s.sectionIds.includes(sections[0].id)));
    const story = (await json(`/api/v1/stories/by-slug/en/${ARTICLE_SLUG}?include=tags`)).body;
    if (story.tags.length > 0) {
      const tagged = await json(`/api/v1/stories?language=en&tag=${encodeURIComponent(story.tags[0].slug)}`);
      assert.ok(tagged.body.data.every((s: { tagIds: number[] }) => s.tagIds.includes(story.tags[0].id)));
    }
    const indonesia = await json('/api/v1/stories?language=en&member_state=id');
    assert.ok(indonesia.body.data.length > 0 && indonesia.body.data.every((s: { memberStateCodes: string[] }) => s.memberStateCodes.includes('ID')));
    const middle = (await json('/api/v1/stories?language=en&limit=100')).body.data[5].publishedAt;
    const after = await json(`/api/v1/stories?language=en&limit=100&published_after=${encodeURIComponent(middle)}`);
    const before = await json(`/api/v1/stories?language=en&limit=100&published_before=${encodeURIComponent(middle)}`);
    assert.ok(after.body.data.every((s: { publishedAt: string }) => s.publishedAt > middle));
    assert.ok(before.body.data.every((s: { publishedAt: string }) => s.publishedAt < middle));
    assert.equal(after.body.data.length + before.body.data.length + 1, all);
    const future = await json(`/api/v1/stories?language=en&updated_since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    assert.equal(future.body.meta.pagination.total, 0);
  });

  it('paginates with meta.pagination and Link headers, within limit 1–100', async () => {
    const first = await json('/api/v1/stories?language=en&limit=4');
    const { pagination } = first.body.meta;
    assert.equal(pagination.page, 1);
    assert.equal(pagination.limit, 4);
    assert.equal(pagination.pages, Math.ceil(pagination.total / 4));
    assert.equal(pagination.next, 2);
    assert.equal(pagination.prev, null);
    assert.match(String(first.headers.link), /<https:\/\/news\.example\.org\/api\/v1\/stories\?language=en&limit=4&page=2>; rel="next"/);
    const second = await json('/api/v1/stories?language=en&limit=4&page=2');
    assert.equal(second.body.meta.pagination.prev, 1);
    assert.notDeepEqual(second.body.data[0].id, first.body.data[0].id);
    for (const bad of ['limit=0', 'limit=101', 'page=0', 'page=-1', 'limit=abc']) assert.equal((await get(`/api/v1/stories?${bad}`)).statusCode, 400, bad);
    const past = await json(`/api/v1/stories?language=en&limit=4&page=${pagination.pages + 1}`);
    assert.equal(past.status, 404);
    assert.equal(past.body.error.code, 'page.past_last');
  });

  it('trims answers to the fields asked for and embeds related objects on request', async () => {
    const trimmed = (await json('/api/v1/stories?language=fr&limit=2&fields=title,url')).body.data[0];
    assert.deepEqual(Object.keys(trimmed).sort(), ['id', 'title', 'url']);
    const full = (await json(`/api/v1/stories/by-slug/en/${ARTICLE_SLUG}?include=sections,tags,memberStates`)).body;
    assert.ok(full.sections.length > 0 && full.sections.every((s: { name: string }) => s.name));
    assert.deepEqual(
      full.memberStates.map((m: { code: string }) => m.code),
      full.memberStateCodes,
    );
    const arabic = (await json('/api/v1/member-states?language=ar')).body.data.find((m: { code: string }) => m.code === 'ID');
    assert.equal(arabic.name, 'إندونيسيا');
    assert.equal((await get('/api/v1/stories?fields=title,password')).statusCode, 400);
    assert.equal((await get('/api/v1/stories?include=users')).statusCode, 400);
  });

  it('answers 304 to a client whose copy is current, by ETag and by date', async () => {
    const first = await get('/api/v1/stories/1');
    assert.equal(first.statusCode, 200);
    assert.match(String(first.headers.etag), /^"[\w-]{27}"$/);
    assert.equal(first.headers['cache-control'], 'public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    assert.match(String(first.headers['surrogate-key']), /\bstory-1\b/);
    const again = await get('/api/v1/stories/1', { 'if-none-match': String(first.headers.etag) });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const since = await get('/api/v1/stories/1', { 'if-modified-since': String(first.headers['last-modified']) });
    assert.equal(since.statusCode, 304);
    assert.equal((await get('/api/v1/stories/1', { 'if-none-match': '"stale"' })).statusCode, 200);
  });

  it('lets pages on any origin read it, and answers preflights for GET', async () => {
    const simple = await get('/api/v1/site', { origin: 'https://partner.example' });
    assert.equal(simple.headers['access-control-allow-origin'], '*');
    assert.match(String(simple.headers['access-control-expose-headers']), /ETag/);
    const preflight = await site.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/stories',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.match(String(preflight.headers['access-control-allow-methods']), /GET/);
  });

  it('answers unknown stories, slugs, languages, sections and Member States with 404 and a code', async () => {
    const cases: [string, string][] = [
      ['/api/v1/stories/99999', 'story.not_found'],
      ['/api/v1/stories/by-slug/en/no-such-story', 'story.not_found'],
      ['/api/v1/stories/by-slug/de/anything', 'language.unknown'],
      ['/api/v1/stories?language=de', 'language.unknown'],
      ['/api/v1/stories?section=no-such-section', 'term.not_found'],
      ['/api/v1/stories?member_state=zz', 'member_state.not_found'],
      ['/api/v1/nothing-here', 'page.not_found'],
    ];
    for (const [url, code] of cases) {
      const { status, body } = await json(url);
      assert.equal(status, 404, url);
      assert.equal(body.error.code, code, url);
    }
  });

  it('refuses hostile parameters with 400, never a 500', async () => {
    const urls = [
      '/api/v1/stories?updated_since=yesterday',
      '/api/v1/stories?published_after=2026-13-45T99:00:00Z',
      `/api/v1/stories?language=${'a'.repeat(100)}`,
      '/api/v1/stories?section=%00',
      '/api/v1/stories?member_state=%27%20or%201=1',
      '/api/v1/stories?status=deleted',
      '/api/v1/stories/one',
      '/api/v1/stories/99999999999999',
      '/api/v1/sections',
    ];
    for (const url of urls) {
      const { status, body } = await json(url);
      assert.equal(status, 400, url);
      assert.equal(body.error.code, 'request.invalid', url);
    }
    const drafts = await json('/api/v1/stories?status=draft');
    assert.equal(drafts.status, 401, 'drafts need a staff token');
    assert.equal(drafts.body.error.code, 'api.unauthorized');
  });

  it('searches the published stories of every language, as the site does, with pages and marked words', async () => {
    const { status, body, headers } = await json(`/api/v1/search?language=ar&q=${encodeURIComponent('الإيسيسكو وإندونيسيا')}`);
    assert.equal(status, 200);
    assert.ok(body.data.length > 0);
    const [first] = body.data;
    assert.match(first.url, /^https:\/\/news\.example\.org\/ar\/news\//);
    assert.match(first.apiUrl, /^https:\/\/news\.example\.org\/api\/v1\/stories\/\d+\?language=ar$/);
    assert.ok(
      first.title.some((part: { marked: boolean }) => part.marked),
      'the matched words are marked',
    );
    assert.equal(body.meta.pagination.page, 1);
    assert.match(String(headers.link), /rel="first"/);
    const english = await json('/api/v1/search?language=en&q=cooperation&section=no-such-section');
    assert.equal(english.status, 200);
    assert.deepEqual(english.body.data, [], 'a filter narrows, an unknown one finds nothing');
    for (const [url, code] of [
      ['/api/v1/search?language=xx&q=a', 'language.unknown'],
      ['/api/v1/search?language=en&q=cooperation&page=999', 'page.past_last'],
      ['/api/v1/search?language=en', 'request.invalid'],
      [`/api/v1/search?language=en&q=${encodeURIComponent('"NEAR(a b)" OR x* ^y -z :col')}&page=1`, null],
    ] as const) {
      const answer = await json(url);
      if (code === null) assert.equal(answer.status, 200, url);
      else assert.equal(answer.body.error.code, code, url);
    }
  });

  it('publishes an OpenAPI 3.1 document that is valid and describes every API route', async () => {
    const document = (await json('/api/v1/openapi.json')).body;
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.deepEqual(result, { valid: true });
    assert.equal(validator.version, '3.1');
    const documented = new Set(Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item as object).map((m) => `${m.toUpperCase()} ${path}`)));
    const routes = site.app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'OPTIONS' && r.url !== '/api/v1/openapi.json');
    assert.ok(routes.length >= 10, `${routes.length} API routes`);
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      assert.ok(documented.has(`${route.method} ${path}`), `${route.method} ${path} is not in the document`);
    }
    assert.ok(document.components.schemas.Story.examples.length > 0, 'the story schema has an example');
    const docs = await get('/api/docs');
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /GET \/api\/v1\/stories\/\{id\}/);
    assert.doesNotMatch(docs.body, /<script|style=/, 'the docs need neither script nor inline style');
  });
});

await describeOnEachDatabase('the Content API rate limit', (dialect) => {
  let site: TestApp;
  before(async () => {
    site = await startTestApp(dialect, { config: { apiRateLimit: 5 } });
  });
  after(() => site?.close());

  it('counts each client in the database and answers 429 with RateLimit headers past the limit', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await site.app.inject({ url: '/api/v1/site', remoteAddress: '203.0.113.7' }));
    assert.deepEqual(
      answers.map((a) => a.headers['ratelimit-remaining']),
      ['4', '3', '2', '1', '0', '0'],
    );
    assert.equal(answers[0]!.headers['ratelimit-limit'], '5');
    const refused = answers[5]!;
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'api.rate_limited');
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await site.app.inject({ url: '/api/v1/site', remoteAddress: '203.0.113.8' })).statusCode, 200, 'another client is not refused');
    // Each instance adds its counts to the database a few times a second, where every instance reads them.
    const stored = async () =>
      (await site.database.db.selectFrom('apiRateWindows').select('hits').where('clientKey', '=', 'address:203.0.113.7').executeTakeFirst())?.hits;
    const deadline = Date.now() + 2000;
    while ((await stored()) !== 6 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(await stored(), 6, 'the count lives in the database, where every instance adds to it');
  });

  it('counts the addresses of one IPv6 /64 as one client', async () => {
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await site.app.inject({ url: '/api/v1/site', remoteAddress: `2001:db8:7:1::${i}` })).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    assert.equal((await site.app.inject({ url: '/api/v1/site', remoteAddress: '2001:db8:7:2::1' })).statusCode, 200, 'the next /64 is another client');
  });
});
