import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { User } from '../accounts/index.ts';
import { createPageRenderer } from '../site/index.ts';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../testing/apertium.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { hreflangs } from '../testing/html.ts';
import { readSitemapIndex, readUrlset, validateSitemap } from '../testing/sitemap-reader.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createSitemapsService } from './sitemaps.service.ts';

const ORIGIN = 'https://news.example.org';
const HOUR = 3_600_000;

await describeOnEachDatabase('sitemaps and robots.txt', (dialect) => {
  let site: TestApp;
  let editor: User;
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const path = (url: string) => url.slice(ORIGIN.length);
  async function urlset(url: string) {
    const response = await get(path(url));
    assert.equal(response.statusCode, 200, url);
    const check = validateSitemap(response.body, 'urlset.xsd');
    assert.ok(check.valid, `${url}: ${check.output}`);
    return readUrlset(response.body);
  }
  const englishOnly = (slug: string, publishedAt: Date, fr: 'draft' | 'none' = 'none') =>
    site.features.stories.createStory({
      translations: [
        { language: 'en', slug, title: `Story ${slug}`, summary: 'S.', bodyHtml: '<p>S.</p>', publishedAt: publishedAt.toISOString() },
        ...(fr === 'draft' ? [{ language: 'fr', slug: `${slug}-fr`, title: 'Brouillon', summary: 'S.', bodyHtml: '<p>S.</p>', publishedAt: null }] : []),
      ],
    });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    editor = await site.features.accounts.createUser(
      { email: 'editor@example.org', name: 'Editor', password: 'a long enough password', role: 'editor', interfaceLanguage: 'en' },
      null,
    );
  });
  after(() => site?.close());

  it('indexes a sitemap per language and series, each valid against the sitemaps.org 0.9 schema', async () => {
    const response = await get('/sitemap.xml');
    assert.equal(response.headers['content-type'], 'application/xml; charset=utf-8');
    const check = validateSitemap(response.body, 'siteindex.xsd');
    assert.ok(check.valid, check.output);
    const files = readSitemapIndex(response.body);
    for (const language of ['ar', 'en', 'fr']) {
      assert.ok(files.includes(`${ORIGIN}/sitemaps/${language}/listings-1.xml`), language);
      assert.ok(files.includes(`${ORIGIN}/sitemaps/${language}/articles-1.xml`), language);
    }
    for (const file of files) assert.ok((await urlset(file)).length > 0, file);
  });

  it('gives every article and listing the hreflang alternates its own page has, x-default included', async () => {
    for (const language of ['en', 'ar']) {
      const entries = [...(await urlset(`${ORIGIN}/sitemaps/${language}/articles-1.xml`)), ...(await urlset(`${ORIGIN}/sitemaps/${language}/listings-1.xml`))];
      assert.equal(entries.length, new Set(entries.map((entry) => entry.loc)).size, 'each page once');
      for (const entry of entries) {
        const page = await get(path(entry.loc));
        assert.equal(page.statusCode, 200, entry.loc);
        assert.deepEqual(entry.alternates, hreflangs(page.body), entry.loc);
        assert.equal(entry.alternates[language], entry.loc, 'lists itself');
        assert.ok(entry.alternates['x-default']);
        assert.match(entry.lastmod ?? '', /^\d{4}-\d\d-\d\dT/);
      }
    }
    const listings = (await urlset(`${ORIGIN}/sitemaps/fr/listings-1.xml`)).map((entry) => entry.loc);
    for (const expected of ['/fr/', '/fr/member-states', '/fr/sections/education', '/fr/member-states/ma'])
      assert.ok(listings.includes(`${ORIGIN}${expected}`), expected);
  });

  it('lists only published pages: never a draft, and no longer a story once it is unpublished', async () => {
    const storyId = await englishOnly('listed-then-archived', new Date(Date.now() - HOUR), 'draft');
    const en = async () => (await urlset(`${ORIGIN}/sitemaps/en/articles-1.xml`)).map((entry) => entry.loc);
    const fr = async () => (await urlset(`${ORIGIN}/sitemaps/fr/articles-1.xml`)).map((entry) => entry.loc);
    const news = async () =>
      (await get('/sitemaps/news.xml')).statusCode === 200 ? (await urlset(`${ORIGIN}/sitemaps/news.xml`)).map((entry) => entry.loc) : [];
    const page = `${ORIGIN}/en/news/listed-then-archived`;
    assert.ok((await en()).includes(page));
    assert.ok((await news()).includes(page));
    assert.ok(!(await fr()).some((loc) => loc.includes('listed-then-archived')), 'the French draft is not listed');
    const english = (await urlset(`${ORIGIN}/sitemaps/en/articles-1.xml`)).find((entry) => entry.loc === page)!;
    assert.deepEqual(Object.keys(english.alternates), ['en', 'x-default']);

    await site.features.editorial.move(storyId, 'en', 'archived', editor);
    assert.ok(!(await en()).includes(page));
    assert.ok(!(await news()).includes(page));
  });

  it('lists in the news sitemap only what was published in the last 48 hours, with its publication and language', async () => {
    await englishOnly('news-an-hour-ago', new Date(Date.now() - HOUR));
    await englishOnly('news-three-days-ago', new Date(Date.now() - 72 * HOUR));
    const entries = await urlset(`${ORIGIN}/sitemaps/news.xml`);
    const fresh = entries.find((entry) => entry.loc === `${ORIGIN}/en/news/news-an-hour-ago`);
    assert.deepEqual(fresh?.news, { name: 'ICESCO', language: 'en', publicationDate: fresh?.news?.publicationDate, title: 'Story news-an-hour-ago' });
    assert.ok(!entries.some((entry) => entry.loc.endsWith('news-three-days-ago')));
    const since = Date.now() - 48 * HOUR;
    assert.ok(entries.every((entry) => Date.parse(entry.news!.publicationDate) >= since));
    assert.ok(readSitemapIndex((await get('/sitemap.xml')).body).includes(`${ORIGIN}/sitemaps/news.xml`));
  });

  it('splits a language’s articles into files under the URL and byte limits, each URL in exactly one', async () => {
    const { stories, machineTranslation, taxonomy, settings } = site.features;
    const pages = createPageRenderer({ settings, publicUrl: new URL(ORIGIN), stylesheetHref: '/s.css', navigation: async () => [] });
    for (const limits of [
      { maxUrls: 7, maxBytes: 50 * 1024 * 1024 },
      { maxUrls: 50_000, maxBytes: 30_000 },
    ]) {
      const sitemaps = createSitemapsService({ stories, machine: machineTranslation, taxonomy, pages, settings, limits });
      const files = (await sitemaps.index()).filter((url) => url.includes('/en/articles-'));
      assert.ok(files.length > 1, `${files.length} files for ${JSON.stringify(limits)}`);
      const locs: string[] = [];
      for (const [i, file] of files.entries()) {
        const entries = [];
        for await (const entry of await sitemaps.file('en', 'articles', i + 1)) entries.push(entry);
        assert.ok(entries.length <= limits.maxUrls, file);
        const bytes = entries.reduce((sum, entry) => sum + Buffer.byteLength(JSON.stringify(entry)), 0);
        assert.ok(bytes < limits.maxBytes, `${file}: ${bytes} bytes`);
        locs.push(...entries.map((entry) => entry.loc));
      }
      assert.equal(new Set(locs).size, locs.length, 'no URL twice');
      assert.equal(locs.length, await stories.countPublishedIn('en'));
      await assert.rejects(sitemaps.file('en', 'articles', files.length + 1), /No sitemap/);
    }
  });

  it('sends sitemaps gzipped to crawlers that accept it', async () => {
    const response = await get('/sitemaps/ar/listings-1.xml', { 'accept-encoding': 'gzip' });
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.ok(readUrlset(gunzipSync(response.rawPayload).toString()).length > 0);
  });

  it('serves robots.txt naming the sitemap and keeping crawlers out of the admin and search results', async () => {
    const response = await get('/robots.txt');
    assert.equal(response.headers['content-type'], 'text/plain; charset=utf-8');
    const lines = response.body.split('\n');
    assert.ok(lines.includes(`Sitemap: ${ORIGIN}/sitemap.xml`));
    for (const disallowed of ['/admin', '/ar/search', '/en/search', '/fr/search']) assert.ok(lines.includes(`Disallow: ${disallowed}`), disallowed);
    assert.equal(lines[0], 'User-agent: *');
  });

  it('answers 404 for sitemaps that do not exist and 400 for names that cannot be one', async () => {
    const answers = {
      '/sitemaps/en/articles-99.xml': 404,
      '/sitemaps/de/articles-1.xml': 404,
      '/sitemaps/en/reviewed-1.xml': 404,
      '/sitemaps/en/other-1.xml': 400,
      '/sitemaps/en/articles-0.xml': 400,
      '/sitemaps/en/articles-1.json': 400,
    };
    for (const [url, status] of Object.entries(answers)) assert.equal((await get(url)).statusCode, status, url);
  });
});

await describeOnEachDatabase('sitemaps and reviewed machine translations', { skip: skipUnlessApertium() }, (dialect) => {
  let apy: RunningApertium;
  let site: TestApp;
  const get = (url: string) => site.app.inject({ method: 'GET', url });
  const ARTICLE = 'icesco-indonesia-new-routes-for-cooperation';

  before(async () => {
    apy = await startApertium();
    site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
  });
  after(async () => {
    await site?.close();
    await apy?.stop();
  });

  it('lists a machine translation only once an editor reviewed it, with the same alternates as its page and the original’s', async () => {
    assert.equal((await get(`/es/news/${ARTICLE}`)).statusCode, 200);
    const index = async () => readSitemapIndex((await get('/sitemap.xml')).body);
    assert.ok(!(await index()).some((url) => url.includes('/sitemaps/es/')), 'not before review');
    const admin = await site.features.accounts.ensureFirstAdministrator({ email: 'director@example.org', password: 'a long admin passphrase' }, 'en');
    const storyId = (await site.features.stories.storyOfPage('en', ARTICLE))!.storyId;
    assert.ok(await site.features.machineTranslation.markReviewed(storyId, 'es', admin!.id));

    const file = `${ORIGIN}/sitemaps/es/reviewed-1.xml`;
    assert.ok((await index()).includes(file));
    const response = await get(file.slice(ORIGIN.length));
    assert.ok(validateSitemap(response.body, 'urlset.xsd').valid);
    const [entry] = readUrlset(response.body);
    assert.equal(entry?.loc, `${ORIGIN}/es/news/${ARTICLE}`);
    const spanish = hreflangs((await get(`/es/news/${ARTICLE}`)).body);
    const english = hreflangs((await get(`/en/news/${ARTICLE}`)).body);
    assert.deepEqual(entry.alternates, spanish);
    assert.deepEqual(english, spanish, 'the original lists the reviewed translation too');
    assert.equal(english.es, entry.loc);
    const inEnglishSitemap = readUrlset((await get('/sitemaps/en/articles-1.xml')).body).find((url) => url.loc === `${ORIGIN}/en/news/${ARTICLE}`);
    assert.deepEqual(inEnglishSitemap?.alternates, english);
  });
});
