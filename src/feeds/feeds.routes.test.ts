import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { User } from '../accounts/index.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { FILES, type Format, readFeed } from '../testing/feed-reader.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ORIGIN = 'https://news.example.org';
const FORMATS: Format[] = ['rss', 'atom', 'json'];
const TYPES: Record<Format, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };
const ARABIC = /[\u0600-\u06ff]/;

await describeOnEachDatabase('feeds', (dialect) => {
  let site: TestApp;
  let editor: User;
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const feed = async (path: string, format: Format) => {
    const response = await get(`${path}${FILES[format]}`);
    assert.equal(response.statusCode, 200, `${path}${FILES[format]}`);
    return readFeed(format, response.body);
  };
  /** A story published a second ago in English, filed under the education section. */
  async function publish(slug: string, title: string) {
    const [education] = await site.features.taxonomy.terms('section', 'en');
    return site.features.stories.createStory({
      termIds: [education!.id],
      translations: [
        {
          language: 'en',
          slug,
          title,
          summary: `${title}.`,
          bodyHtml: '<p>Read <a href="/en/">more</a>.</p>',
          publishedAt: new Date(Date.now() - 1000).toISOString(),
        },
      ],
    });
  }

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    editor = await site.features.accounts.createUser(
      { email: 'editor@example.org', name: 'Editor', password: 'a long enough password', role: 'editor', interfaceLanguage: 'en' },
      null,
    );
  });
  after(() => site?.close());

  for (const format of FORMATS) {
    it(`serves the home page's latest news as ${format}, newest first, in the page's language, with absolute links and stable ids`, async () => {
      const response = await get(`/en/${FILES[format]}`);
      assert.equal(response.headers['content-type'], `${TYPES[format]}; charset=utf-8`);
      const read = readFeed(format, response.body);
      const total = await site.features.stories.countPublishedIn('en');
      assert.equal(read.entries.length, Math.min(20, total));
      assert.equal(read.language, 'en');
      assert.equal(read.self, `${ORIGIN}/en/${FILES[format]}`);
      assert.equal(read.home, `${ORIGIN}/en/`);
      const dates = read.entries.map((entry) => entry.published.getTime());
      assert.deepEqual(
        dates,
        [...dates].sort((a, b) => b - a),
        'newest first',
      );
      for (const entry of read.entries) {
        assert.match(entry.id, /^tag:news\.example\.org,\d{4}-\d\d-\d\d:story-\d+\/en$/);
        assert.ok(entry.url.startsWith(`${ORIGIN}/en/news/`), entry.url);
        assert.ok(entry.categories.length > 0, 'filed under its sections and tags');
        assert.match(entry.contentHtml, /^<div lang="en" dir="ltr">/);
        for (const [, url] of entry.contentHtml.matchAll(/(?:href|src)="([^"]+)"/g)) assert.match(url!, /^(https?:|mailto:)/, `relative URL ${url}`);
      }
      assert.ok(
        read.entries.some((entry) => entry.image?.startsWith(`${ORIGIN}/media/`)),
        'hero images',
      );
    });

    it(`writes the Arabic ${format} feed in Arabic, right to left`, async () => {
      const read = await feed('/ar/', format);
      assert.equal(read.language, 'ar');
      assert.ok(read.entries.length > 0);
      for (const entry of read.entries) {
        assert.match(entry.title, ARABIC, entry.title);
        assert.match(entry.contentHtml, /^<div lang="ar" dir="rtl">/);
        assert.ok(entry.id.endsWith('/ar'));
      }
    });
  }

  it('gives each section, tag and Member State its own feeds, holding only the stories filed there', async () => {
    const [education] = await site.features.taxonomy.terms('section', 'fr');
    const listing = await site.features.stories.listing({ language: 'fr', termId: education!.id }, 1);
    for (const format of FORMATS) {
      const read = await feed(`/fr/sections/${education!.slug}/`, format);
      assert.equal(read.home, `${ORIGIN}/fr/sections/${education!.slug}`);
      assert.deepEqual(
        read.entries.map((entry) => entry.url),
        listing.items.map((card) => `${ORIGIN}${card.href}`),
      );
    }
    const tag = (await site.features.taxonomy.terms('tag', 'en'))[0]!;
    assert.equal((await get(`/en/tags/${tag.slug}/atom.xml`)).statusCode, 200);
    const morocco = await feed('/fr/member-states/ma/', 'json');
    assert.ok(morocco.entries.length > 0);
    assert.equal(morocco.self, `${ORIGIN}/fr/member-states/ma/feed.json`);
  });

  it('keeps an entry’s id when the story’s title and slug change, and shows the new title', async () => {
    const storyId = await publish('ids-stay', 'Ids stay');
    const before = (await feed('/en/', 'atom')).entries.find((entry) => entry.url.endsWith('/ids-stay'))!;
    await site.features.editorial.save(
      storyId,
      'en',
      { title: 'Renamed story', slug: 'renamed-story', summary: 'Renamed.', bodyHtml: '<p>New.</p>' },
      null,
      editor,
    );
    for (const format of FORMATS) {
      const after = (await feed('/en/', format)).entries.find((entry) => entry.id === before.id);
      assert.ok(after, `${format} still has the entry`);
      assert.equal(after.title, 'Renamed story');
      assert.equal(after.url, `${ORIGIN}/en/news/renamed-story`);
    }
  });

  it('is kept by the page cache with an ETag and Last-Modified, answers 304, and changes when a story is published or unpublished', async () => {
    // Last-Modified is when the feed was made, to the second; inject() renders every time, so stay in one second.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
    const first = await get('/en/rss.xml');
    const again = await get('/en/rss.xml');
    assert.equal(again.headers.etag, first.headers.etag);
    assert.ok(first.headers['last-modified']);
    assert.equal((await get('/en/rss.xml', { 'if-none-match': String(first.headers.etag) })).statusCode, 304);
    assert.equal((await get('/en/rss.xml', { 'if-modified-since': String(first.headers['last-modified']) })).statusCode, 304);
    assert.match(String(first.headers['surrogate-key']), /\bhome-en\b/);

    const storyId = await publish('fresh-in-the-feed', 'Fresh in the feed');
    const fresh = await get('/en/rss.xml', { 'if-none-match': String(first.headers.etag) });
    assert.equal(fresh.statusCode, 200);
    assert.equal(readFeed('rss', fresh.body).entries[0]!.title, 'Fresh in the feed');
    const section = (await site.features.taxonomy.terms('section', 'en'))[0]!;
    assert.ok((await feed(`/en/sections/${section.slug}/`, 'json')).entries.some((entry) => entry.title === 'Fresh in the feed'));

    await site.features.editorial.move(storyId, 'en', 'archived', editor);
    for (const path of ['/en/', `/en/sections/${section.slug}/`]) {
      for (const format of FORMATS) {
        assert.ok(!(await feed(path, format)).entries.some((entry) => entry.title === 'Fresh in the feed'), `${path} ${format}`);
      }
    }
  });

  it('refuses what is not a feed with a 404 or 400, and answers any Accept header without an error', async () => {
    const answers = {
      '/en/sections/no-such-section/rss.xml': 404,
      '/en/tags/no-such-tag/atom.xml': 404,
      '/en/member-states/zz/feed.json': 404,
      '/xx/rss.xml': 404,
      '/en/rss.xml?page=2': 400,
      '/en/sections/education/atom.xml?page=1': 400,
      '/en/feed.rss': 404,
    };
    for (const [url, status] of Object.entries(answers)) assert.equal((await get(url)).statusCode, status, url);
    for (const accept of ['application/json', 'text/html;q=0', 'garbage;;;q=x', 'application/xml', '']) {
      const response = await get('/fr/atom.xml', { accept });
      assert.ok(response.statusCode < 500, `${accept}: ${response.statusCode}`);
    }
    assert.equal((await site.app.inject({ method: 'HEAD', url: '/ar/feed.json' })).statusCode, 200);
  });
});
