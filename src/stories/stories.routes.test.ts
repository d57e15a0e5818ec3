import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { canonical, hreflangs, htmlLangDir, isHtml, jsonLd, title } from '../testing/html.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ORIGIN = 'https://news.example.org';
const DEMO_SLUGS = {
  en: 'icesco-indonesia-new-routes-for-cooperation',
  fr: 'icesco-indonesie-nouvelles-voies-de-cooperation',
};

await describeOnEachDatabase('public news pages', (dialect) => {
  let site: TestApp;
  let arabicSlug: string;
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    const english = await get(`/en/news/${DEMO_SLUGS.en}`);
    arabicSlug = decodeURIComponent(new URL(hreflangs(english.body).ar!).pathname.split('/').pop()!);
  });
  after(() => site?.close());

  it('sends visitors from / to the language their browser prefers', async () => {
    assert.equal((await get('/', { 'accept-language': 'fr-CA,fr;q=0.9' })).headers.location, '/fr/');
    assert.equal((await get('/', { 'accept-language': 'ar' })).headers.location, '/ar/');
    assert.equal((await get('/', { 'accept-language': 'de' })).headers.location, '/en/');
    assert.equal((await get('/')).headers.location, '/en/');
    assert.equal((await get('/fr')).headers.location, '/fr/');
  });

  for (const [language, dir] of [
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`renders the ${language} home page with a featured story, latest articles and alternates`, async () => {
      const response = await get(`/${language}/`);
      assert.equal(response.statusCode, 200);
      assert.ok(isHtml(response));
      assert.deepEqual(htmlLangDir(response.body), { lang: language, dir });
      assert.equal(canonical(response.body), `${ORIGIN}/${language}/`);
      assert.deepEqual(hreflangs(response.body), {
        ar: `${ORIGIN}/ar/`,
        en: `${ORIGIN}/en/`,
        fr: `${ORIGIN}/fr/`,
        'x-default': `${ORIGIN}/en/`,
      });
      assert.match(response.body, /class="featured__title"/);
      assert.ok((response.body.match(/class="card"/g) ?? []).length >= 6, 'lists the latest articles');
      assert.match(response.body, /<nav class="pagination"/);
    });
  }

  it('shows the demo story in English, French and Arabic, each linking the others', async () => {
    const pages = {
      en: await get(`/en/news/${DEMO_SLUGS.en}`),
      fr: await get(`/fr/news/${DEMO_SLUGS.fr}`),
      ar: await get(`/ar/news/${encodeURIComponent(arabicSlug)}`),
    };
    assert.equal(title(pages.en.body), 'ICESCO-Indonesia: New Routes for Cooperation');
    assert.match(title(pages.fr.body) ?? '', /ICESCO-Indonésie/);
    assert.match(title(pages.ar.body) ?? '', /الإيسيسكو/);
    for (const [language, response] of Object.entries(pages)) {
      assert.equal(response.statusCode, 200, language);
      assert.equal(htmlLangDir(response.body).lang, language);
      const alternates = hreflangs(response.body);
      assert.deepEqual(Object.keys(alternates).sort(), ['ar', 'en', 'fr', 'x-default']);
      assert.equal(alternates['x-default'], `${ORIGIN}/en/news/${DEMO_SLUGS.en}`);
      assert.equal(canonical(response.body), alternates[language]);
      assert.match(response.body, new RegExp(`href="/fr/news/${DEMO_SLUGS.fr}"|aria-current="page">Français`));
    }
    assert.equal(htmlLangDir(pages.ar.body).dir, 'rtl');
  });

  it('dates Arabic articles in the Hijri calendar beside the Gregorian one', async () => {
    const arabic = (await get(`/ar/news/${encodeURIComponent(arabicSlug)}`)).body;
    assert.match(arabic, /سبتمبر 2020/);
    assert.match(arabic, /محرم 1442 هـ/);
    const english = (await get(`/en/news/${DEMO_SLUGS.en}`)).body;
    assert.match(english, /Published on 10 September 2020/);
    assert.doesNotMatch(english, /1442/);
  });

  it('describes the article for search engines and social networks', async () => {
    const body = (await get(`/en/news/${DEMO_SLUGS.en}`)).body;
    const data = jsonLd(body);
    assert.equal(data?.['@type'], 'NewsArticle');
    assert.equal(data?.headline, 'ICESCO-Indonesia: New Routes for Cooperation');
    assert.equal(data?.inLanguage, 'en');
    assert.equal(data?.datePublished, '2020-09-10T10:00:00.000Z');
    assert.match(body, /<meta property="og:type" content="article"/);
    assert.match(body, /<meta property="og:image" content="https:\/\/news\.example\.org\/media\/[0-9a-f]+-1440\.jpg"/);
    assert.match(body, /<img [^>]*width="1600" height="900"/, 'hero image reserves its space');
    assert.match(body, /<source type="image\/avif" srcset="[^"]+480w, [^"]+960w, [^"]+1440w"/);
  });

  it('files the article under its sections, Member States and tags, with the latest articles beside it', async () => {
    const body = (await get(`/en/news/${DEMO_SLUGS.en}`)).body;
    assert.match(body, /href="\/en\/sections\/culture-communication">Culture and Communication</);
    assert.match(body, /href="\/en\/member-states\/id">Indonesia</);
    assert.match(body, /href="\/en\/member-states\/ma">Morocco</);
    assert.match(body, /href="\/en\/tags\/heritage">Heritage</);
    assert.match(body, /class="latest-aside"/);
    const french = (await get(`/fr/news/${DEMO_SLUGS.fr}`)).body;
    assert.match(french, /href="\/fr\/member-states\/id">Indonésie</);
  });

  it('says plainly in the switcher when a story is not available in a language', async () => {
    const home = (await get('/fr/')).body;
    const frenchOnly = /href="(\/fr\/news\/[^"]+)"/g;
    let found = false;
    for (const match of home.matchAll(frenchOnly)) {
      const page = (await get(match[1]!)).body;
      if (!page.includes('language-switcher__unavailable')) continue;
      found = true;
      assert.match(page, /Not available in English|غير متوفر باللغة العربية/);
      break;
    }
    assert.ok(found, 'some French story is missing a language');
  });

  it('redirects a story’s slug used under another language to that language’s slug', async () => {
    const response = await get(`/fr/news/${DEMO_SLUGS.en}`);
    assert.equal(response.statusCode, 301);
    assert.equal(response.headers.location, `/fr/news/${DEMO_SLUGS.fr}`);
  });

  it('never leads from a draft’s slug to the story, in any language', async () => {
    const storyId = await site.features.stories.createStory({
      translations: [
        { language: 'en', slug: 'published-english', title: 'Published English', summary: 'S.', bodyHtml: '<p>B.</p>', publishedAt: new Date().toISOString() },
        { language: 'fr', slug: 'brouillon-secret', title: 'Brouillon secret', summary: 'S.', bodyHtml: '<p>B.</p>', publishedAt: null },
      ],
    });
    assert.ok(storyId > 0);
    for (const url of ['/en/news/brouillon-secret', '/fr/news/brouillon-secret', '/ar/news/brouillon-secret']) {
      assert.equal((await get(url)).statusCode, 404, url);
    }
    assert.equal((await get('/fr/news/published-english')).statusCode, 200, 'the published original is readable in French by machine or as it is');
  });

  it('paginates the latest articles and refuses pages that do not exist', async () => {
    const second = await get('/en/?page=2');
    assert.equal(second.statusCode, 200);
    assert.equal(canonical(second.body), `${ORIGIN}/en/?page=2`);
    assert.match(second.body, /rel="prev" href="\/en\/"/);
    assert.equal((await get('/en/?page=99999')).statusCode, 404);
    for (const bad of ['-1', '0', 'abc', '1.5', '', '99999999999999999999']) {
      const response = await get(`/en/?page=${bad}`);
      assert.equal(response.statusCode, 400, `page=${bad}`);
      assert.ok(isHtml(response));
      assert.match(response.body, /This address is not valid/);
    }
  });

  it('answers unknown stories and languages with a 404 page in the visitor’s language', async () => {
    const french = await get('/fr/news/no-such-story');
    assert.equal(french.statusCode, 404);
    assert.match(french.body, /Page introuvable/);
    assert.equal(htmlLangDir(french.body).lang, 'fr');
    const arabic = await get('/ar/news/no-such-story');
    assert.match(arabic.body, /الصفحة غير موجودة/);
    assert.equal(htmlLangDir(arabic.body).dir, 'rtl');
    const unknownLanguage = await get('/xx/news/anything', { 'accept-language': 'ar' });
    assert.equal(unknownLanguage.statusCode, 404);
    assert.equal(htmlLangDir(unknownLanguage.body).lang, 'ar');
    assert.equal((await get('/de/')).statusCode, 404);
    assert.equal((await get('/en-US/')).statusCode, 404);
  });

  it('never answers hostile input with a server error', async () => {
    const urls = [
      `/en/news/${'a'.repeat(5000)}`,
      `/en/news/${'%D8%A7'.repeat(900)}`,
      '/en/news/%E0%A4%A',
      '/en/news/%',
      '/%ZZ/',
      '/en/news/..%2F..%2Fetc%2Fpasswd',
      `/${'x'.repeat(300)}/`,
      '/en/?page=1&page=2',
      '/en/news/<script>alert(1)</script>',
      '/ar/sections/%00',
    ];
    for (const url of urls) {
      const response = await get(url, { 'accept-language': ';;;q=nope,*;q=' });
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${url.slice(0, 40)} → ${response.statusCode}`);
      assert.ok(isHtml(response), url.slice(0, 40));
      assert.doesNotMatch(response.body, /<script>alert/);
    }
  });

  it('sends security headers with a strict content security policy', async () => {
    const response = await get('/en/');
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });
});
