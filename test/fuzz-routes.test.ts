/**
 * Random requests against every registered route, public and admin, with and without a session:
 * random paths and parameters, headers, methods and bodies of every content type. No answer may be a
 * 5xx or take long, and the site still serves the demo article afterwards. The seed is fixed so a
 * failure can be replayed: fast-check prints it with the shrunk request.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { AdminBrowser } from '../src/testing/admin-browser.ts';
import { describeOnEachDatabase } from '../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../src/testing/test-app.ts';

const SEED = 20261201;
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SLOW_MS = 3000;
const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';
const PASSWORD = 'a long enough password';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;

/** Text a hostile or careless client sends: unicode, percent signs, dots, slashes, control characters. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('..', '%', '%00', '%E0%A4%A', '%2e%2e%2f', '\u0000', '\r\n', 'الإيسيسكو', '𝕏', '1e9', '-1', '0x10', '9'.repeat(30), ' ', '<script>'),
  fc.integer({ min: -5, max: 2_000_000 }).map(String),
);

const encodedSegment = nasty.map((value) => (Math.random() < 0.7 ? encodeURIComponent(value) : value.replace(/[\s/?#]/g, '')));

const query = fc
  .array(fc.tuple(fc.constantFrom('page', 'q', 'language', 'from', 'to', 'next', 'done', 'draft', 'granularity', 'offset', 'section', 'status', 'x'), nasty), {
    maxLength: 4,
  })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`));

const accept = fc.constantFrom('*/*', 'text/html', 'application/json', 'application/xml', 'text/html;q=0, application/json;q=0.1', 'garbage;;;q=x', '');
const acceptLanguage = fc.constantFrom('ar', 'fr-CA,fr;q=0.9', 'de', '*', 'zz-ZZ-x-private', ';;;', '');
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'nonsense',
);
const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(fc.constantFrom('rating', 'page', 'comment', 'website', 'email', 'password', 'title', 'bodyHtml', '_csrf', 'to'), nasty)
    .map((form) => new URLSearchParams(form).toString()),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.constant('--x\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\nnot a png\r\n--x--\r\n'),
);

await describeOnEachDatabase('every route under random requests', (dialect) => {
  let site: TestApp;
  let sessionCookie: string;

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    await site.features.accounts.createUser(
      { email: 'admin@example.org', name: 'Admin', password: PASSWORD, role: 'administrator', interfaceLanguage: 'ar' },
      null,
    );
    const admin = new AdminBrowser(site.app);
    await admin.signIn('admin@example.org', PASSWORD);
    sessionCookie = [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  });
  after(() => site?.close());

  it(`answers ${RUNS} random requests without a 5xx or a hang, and serves the demo article afterwards`, async () => {
    const routes = site.app.routeTable.filter((route) => !route.url.startsWith('/media/') && !route.url.startsWith('/assets/'));
    assert.ok(routes.length > 40, `only ${routes.length} routes`);
    const request = fc.record({
      route: fc.constantFrom(...routes),
      params: fc.array(encodedSegment, { minLength: 4, maxLength: 4 }),
      query,
      method: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
      accept,
      acceptLanguage,
      signedIn: fc.boolean(),
      cookie: fc.option(nasty, { nil: undefined }),
      forwardedFor: fc.option(fc.constantFrom('203.0.113.9', 'not an address', '::1, 10.0.0.1', ''), { nil: undefined }),
      contentType,
      body: fc.option(body, { nil: undefined }),
    });

    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let n = 0;
        const url = r.route.url.replace(/:[A-Za-z]+|\*/g, () => r.params[n++ % 4] || 'x') + r.query;
        const method = r.method ?? r.route.method;
        const headers: Record<string, string> = { 'user-agent': 'Mozilla/5.0 (fuzz)' };
        if (r.accept) headers.accept = r.accept;
        if (r.acceptLanguage) headers['accept-language'] = r.acceptLanguage;
        if (r.signedIn || r.cookie !== undefined) headers.cookie = [r.signedIn ? sessionCookie : '', r.cookie ?? ''].filter(Boolean).join('; ');
        if (r.forwardedFor !== undefined) headers['x-forwarded-for'] = r.forwardedFor;
        const sendsBody = r.body !== undefined && method !== 'GET' && method !== 'HEAD';
        if (sendsBody) headers['content-type'] = r.contentType;
        const started = performance.now();
        const response = await site.app.inject({ method, url, headers, ...(sendsBody ? { payload: r.body } : {}) });
        const ms = performance.now() - started;
        if (response.statusCode >= 500) throw new Error(`${method} ${url} → ${response.statusCode}: ${response.body.slice(0, 300)}`);
        if (ms > SLOW_MS) throw new Error(`${method} ${url} took ${Math.round(ms)} ms`);
      }),
      { seed: SEED, numRuns: RUNS },
    );

    const article = await site.app.inject({ method: 'GET', url: ARTICLE });
    assert.equal(article.statusCode, 200);
  });
});
