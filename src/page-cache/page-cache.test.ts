import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import zlib from 'node:zlib';
import { openDatabase } from '../db/database.ts';
import { createScratchDatabase, type ScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { type Instance, rawGet, startInstance } from '../testing/instances.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';
const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

await describeOnEachDatabase('page cache', (dialect) => {
  const METRICS_TOKEN = 'page-cache-test-token';
  let scratch: ScratchDatabase;
  let site: Instance;
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await rawGet(`${site.origin}${url}`, headers);
    return { statusCode: response.status, headers: response.headers, body: response.text, rawPayload: response.body };
  };
  const hits = async () => {
    const metrics = await get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
    return Number(/diwan_page_cache_lookups_total\{result="hit"\} (\d+)/.exec(metrics.body)?.[1] ?? 0);
  };

  before(async () => {
    scratch = await createScratchDatabase(dialect);
    site = await startInstance(scratch.target, { METRICS_TOKEN });
  });
  after(async () => {
    await site?.stop();
    await scratch?.drop();
  });

  it('answers a repeated page from memory, with the same strong ETag and security headers, and 304 when the visitor has it', async () => {
    const first = await get(ARTICLE);
    const before = await hits();
    const second = await get(ARTICLE);
    assert.equal(await hits(), before + 1);
    assert.equal(second.body, first.body);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.match(String(second.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(second.headers['content-security-policy'], first.headers['content-security-policy']);
    assert.equal(second.headers['x-content-type-options'], 'nosniff');
    assert.match(String(first.headers.etag), /^"[^"]+"$/);
    assert.match(String(first.headers['cache-control']), /s-maxage=\d+/);
    assert.match(String(first.headers['cache-control']), /stale-while-revalidate=\d+/);
    assert.equal(first.headers.vary, 'Accept-Encoding');
    const revalidated = await get(ARTICLE, { 'if-none-match': String(first.headers.etag) });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.body, '');
    assert.equal((await get(ARTICLE, { 'if-none-match': '"something-else"' })).statusCode, 200);
  });

  it('names the stories on a page in its Surrogate-Key header', async () => {
    const home = await get('/fr/');
    const keys = String(home.headers['surrogate-key']).split(' ');
    assert.ok(keys.includes('home-fr'));
    assert.ok(keys.filter((key) => key.startsWith('story-')).length >= 12);
  });

  it('sends the page compressed with brotli or gzip as the visitor accepts, the same page once decoded', async () => {
    const plain = await get(ARTICLE);
    const br = await get(ARTICLE, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(zlib.brotliDecompressSync(br.rawPayload).toString(), plain.body);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2);
    const gzip = await get(ARTICLE, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gzip.rawPayload).toString(), plain.body);
    assert.notEqual(gzip.headers.etag, plain.headers.etag, 'each coding is its own representation');
    assert.equal((await get(ARTICLE, { 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) })).statusCode, 304);
  });

  it('shares one cached page between addresses that differ only by tracking parameters', async () => {
    const plain = await get('/en/?page=2');
    const before = await hits();
    const tracked = await get('/en/?utm_source=newsletter&page=2');
    assert.equal(tracked.body, plain.body);
    assert.equal(await hits(), before + 1);
    assert.equal((await get('/en/?page=2&page=3')).statusCode, 400);
  });

  it('keeps one copy of a listing page however its number is spelled, sending other spellings to the canonical address', async () => {
    const cachedPages = async () => {
      const metrics = await get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
      return Number(/diwan_page_cache_pages (\d+)/.exec(metrics.body)?.[1]);
    };
    for (const url of ['/en/?page=2', ARTICLE, '/en/sections/education?utm_source=x']) assert.equal((await get(url)).statusCode, 200, url);
    const kept = await cachedPages();
    for (const spelling of ['page=02', 'page=0x2', 'page=%2B2', 'page=2.0', '%70age=2']) {
      const answer = await get(`/en/?${spelling}`);
      assert.equal(answer.statusCode, 301, spelling);
      assert.equal(answer.headers.location, '/en/?page=2', spelling);
    }
    assert.equal((await get('/en/?page=1')).headers.location, '/en/');
    assert.equal((await get('/en/?page=2&page=2')).statusCode, 400, 'two page numbers are nonsense');
    assert.equal((await get('/en/sections/education?utm_source=x&page=01')).headers.location, '/en/sections/education?utm_source=x');
    for (let n = 1; n <= 5; n++) assert.equal((await get(`${ARTICLE}?page=${n}`)).statusCode, 200);
    assert.equal(await cachedPages(), kept, 'no spelling and no page number of an article was kept as a page of its own');
  });

  it('shows a newly published story at once on the home page, its listings and article asides', async () => {
    const [home, aside, section] = await Promise.all([get('/en/'), get(ARTICLE), get('/en/sections/education')]);
    assert.equal(section.statusCode, 200);
    const sectionId = Number(/term-(\d+)/.exec(String(section.headers['surrogate-key']))?.[1]);
    const storyId = await site.features.stories.createStory({
      termIds: [sectionId],
      memberStates: ['MA'],
      translations: [
        {
          language: 'en',
          slug: 'cache-news',
          title: 'Fresh news for the cache',
          summary: 'Just out.',
          bodyHtml: '<p>New.</p>',
          publishedAt: new Date().toISOString(),
        },
      ],
    });
    assert.ok(storyId > 0);
    for (const [url, before] of [
      ['/en/', home],
      [ARTICLE, aside],
      ['/en/sections/education', section],
    ] as const) {
      const after = await get(url);
      assert.match(after.body, /Fresh news for the cache/, url);
      assert.notEqual(after.headers.etag, before.headers.etag, url);
    }
    assert.match((await get('/en/member-states/ma')).body, /Fresh news for the cache/);
  });

  it('never keeps a "not found" answer: a story scheduled for later appears once the scheduler publishes it', async () => {
    const storyId = await site.features.stories.createStory({
      translations: [{ language: 'en', slug: 'embargoed', title: 'Embargoed report', summary: 'Later.', bodyHtml: '<p>Soon.</p>', publishedAt: inOneDay() }],
    });
    assert.equal((await get('/en/news/embargoed')).statusCode, 404);
    assert.doesNotMatch((await get('/en/')).body, /Embargoed report/);
    assert.equal(await site.features.stories.publishDue(), 0, 'not due yet');
    const handle = openDatabase(scratch.target);
    await handle.db
      .updateTable('translations')
      .set({ publishedAt: new Date(Date.now() - 1000).toISOString() })
      .where('storyId', '=', storyId)
      .execute();
    await handle.close();
    assert.equal(await site.features.stories.publishDue(), 1);
    assert.equal((await get('/en/news/embargoed')).statusCode, 200);
    assert.match((await get('/en/')).body, /Embargoed report/);
  });

  it('shows a change of settings on every cached page', async () => {
    const pages = ['/ar/', '/ar/member-states', '/ar/sections/education'];
    for (const url of pages) assert.doesNotMatch((await get(url)).body, /منظمة تجريبية/);
    await site.features.settings.update({ organizationName: { ...site.features.settings.current().organizationName, ar: 'منظمة تجريبية' } });
    for (const url of pages) assert.match((await get(url)).body, /منظمة تجريبية/, url);
  });
});
