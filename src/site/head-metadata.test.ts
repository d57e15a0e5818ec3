import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import sharp from 'sharp';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { attribute } from '../testing/html.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';

function metaOf(html: string, key: 'name' | 'property', value: string): string[] {
  return [...html.matchAll(new RegExp(`<meta ${key}="${value.replaceAll(':', '\\:')}" content="([^"]*)"`, 'g'))].map((match) => match[1]!);
}

await describeOnEachDatabase('what search engines, social networks and phones read in a page’s head', (dialect) => {
  let site: TestApp;
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  it('describes every public page, the home page and listings included', async () => {
    for (const url of [
      '/en/',
      '/ar/',
      '/fr/sections/education',
      '/en/tags/heritage',
      '/en/member-states',
      '/ar/member-states/ma',
      ARTICLE,
      '/en/privacy',
      '/en/no-such-page',
    ]) {
      const [description] = metaOf((await get(url)).body, 'name', 'description');
      assert.ok(description && description.length > 20, `${url}: ${description}`);
    }
    assert.match(metaOf((await get('/ar/')).body, 'name', 'description')[0]!, /الإيسيسكو|إيسيسكو/);
    assert.match(metaOf((await get('/fr/sections/education')).body, 'name', 'description')[0]!, /Éducation/);
  });

  it('names the icons, the manifest in the page’s language and the theme colour', async () => {
    const html = (await get('/fr/')).body;
    assert.match(html, /<link rel="icon" href="\/favicon.ico" sizes="32x32"\/>/);
    assert.match(html, /<link rel="icon" href="\/icon.svg" type="image\/svg\+xml"\/>/);
    assert.match(html, /<link rel="apple-touch-icon" href="\/apple-touch-icon.png"\/>/);
    assert.match(html, /<link rel="manifest" href="\/fr\/manifest.webmanifest"\/>/);
    assert.deepEqual(metaOf(html, 'name', 'theme-color'), ['#0b6e4f']);
    for (const [url, type] of [
      ['/favicon.ico', 'image/x-icon'],
      ['/icon.svg', 'image/svg+xml'],
      ['/apple-touch-icon.png', 'image/png'],
      ['/icon-512.png', 'image/png'],
    ]) {
      const response = await get(url!);
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['content-type'], type);
    }
    const manifest = JSON.parse((await get('/ar/manifest.webmanifest')).body);
    assert.equal(manifest.name, 'الإيسيسكو');
    assert.equal(manifest.lang, 'ar');
    assert.equal(manifest.dir, 'rtl');
    assert.equal(manifest.start_url, '/ar/');
    assert.ok(manifest.icons.some((icon: { sizes: string }) => icon.sizes === '512x512'));
    assert.equal((await get('/xx/manifest.webmanifest')).statusCode, 404);
  });

  it('gives articles Twitter cards beside Open Graph, with the image’s real size and the other languages’ locales', async () => {
    const html = (await get(ARTICLE)).body;
    assert.deepEqual(metaOf(html, 'name', 'twitter:card'), ['summary_large_image']);
    assert.deepEqual(metaOf(html, 'name', 'twitter:title'), ['ICESCO-Indonesia: New Routes for Cooperation']);
    const [image] = metaOf(html, 'property', 'og:image');
    assert.deepEqual(metaOf(html, 'name', 'twitter:image'), [image]);
    assert.deepEqual(metaOf(html, 'property', 'og:locale'), ['en_US']);
    assert.deepEqual(metaOf(html, 'property', 'og:locale:alternate').sort(), ['ar_EG', 'fr_FR']);
    const file = path.join(site.config.mediaDir, new URL(image!).pathname.slice('/media/'.length));
    const { width, height } = await sharp(file).metadata();
    assert.deepEqual(
      [Number(metaOf(html, 'property', 'og:image:width')[0]), Number(metaOf(html, 'property', 'og:image:height')[0])],
      [width, height],
      'the size stated is the file’s',
    );
    assert.ok(metaOf(html, 'property', 'og:image:alt')[0]);
    const home = (await get('/en/')).body;
    assert.deepEqual(metaOf(home, 'name', 'twitter:card'), ['summary']);
  });

  it('links the feeds of listings and articles, in their language, and offers them as Subscribe', async () => {
    const feeds = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="([^"]+)" hreflang="([^"]+)" title="([^"]+)" href="([^"]+)"\/>/g)].map((m) => ({
        type: m[1],
        hreflang: m[2],
        title: m[3],
        href: m[4],
      }));
    const section = feeds((await get('/ar/sections/education')).body);
    assert.deepEqual(
      section.map((feed) => feed.href),
      ['rss.xml', 'atom.xml', 'feed.json'].map((file) => `https://news.example.org/ar/sections/education/${file}`),
    );
    assert.deepEqual(
      section.map((feed) => feed.type),
      ['application/rss+xml', 'application/atom+xml', 'application/feed+json'],
    );
    assert.ok(section.every((feed) => feed.hreflang === 'ar' && /التربية/.test(feed.title!)));
    const article = feeds((await get(ARTICLE)).body).map((feed) => feed.href!.replace('https://news.example.org', ''));
    assert.ok(article.includes('/en/rss.xml') && article.includes('/en/sections/education/atom.xml'), article.join(' '));
    for (const url of ['/en/', '/fr/member-states/ma', '/en/tags/heritage']) {
      const html = (await get(url)).body;
      assert.equal(attribute(html, /<a class="subscribe__link" href="([^"]+)"/), `${url.replace(/\/$/, '')}/rss.xml`, url);
    }
  });
});
