import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { htmlLangDir } from '../testing/html.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const search = (language: string, q: string, more = '') => `/${language}/search?${new URLSearchParams({ q }).toString()}${more}`;
const HOSTILE = [
  'x'.repeat(5 * 1024),
  'education \u0000\u0007\u001b\u007f control',
  'the of and',
  '!!! ??? ... ؟؟ ،،',
  'ICESCO الإيسيسكو éducation 東京',
  '"NEAR(heritage culture, 2)"',
  'title_terms:heritage body_terms : x',
  'herit* ^culture -education +x',
  'culture:* & !heritage | (((',
  "'; drop table search_documents; --",
  'a AND OR NOT b',
  '\uD800 lone surrogate',
];

await describeOnEachDatabase('the search page', (dialect) => {
  let site: TestApp;
  const get = (url: string) => site.app.inject({ method: 'GET', url });
  /** Follows one canonical redirect, as a browser would. */
  const visit = async (url: string) => {
    const first = await get(url);
    return first.statusCode === 301 ? get(first.headers.location as string) : first;
  };

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  it('finds Arabic stories with their language, Hijri and Gregorian dates, sections and marked snippets, kept out of search engines', async () => {
    const response = await get(search('ar', 'الإيسيسكو'));
    assert.equal(response.statusCode, 200);
    assert.deepEqual(htmlLangDir(response.body), { lang: 'ar', dir: 'rtl' });
    assert.match(response.body, /<meta name="robots" content="noindex, follow"/);
    assert.match(response.body, /class="search__count"[^>]*>عُثر على \d+/);
    assert.match(response.body, /<mark>الإيسيسكو<\/mark>|<mark>للإيسيسكو<\/mark>/);
    assert.match(response.body, /باللغة العربية/);
    assert.match(response.body, /هـ\)<\/time>/, 'the Hijri date beside the Gregorian one');
    assert.match(response.body, /class="search-result__section" href="\/ar\/sections\//);
    assert.equal(response.headers['cache-control'], 'public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    assert.match(String(response.headers['surrogate-key']), /latest-ar latest-en latest-fr/);
  });

  it('puts a labelled search form in the header of every public page, in the page’s language', async () => {
    const pages = [
      '/en/',
      '/ar/',
      '/fr/sections/education',
      '/en/member-states',
      '/en/news/icesco-indonesia-new-routes-for-cooperation',
      '/fr/privacy',
      '/ar/news/missing',
    ];
    for (const url of pages) {
      const response = await get(url);
      const language = url.split('/')[1]!;
      const form = /<form class="site-search" role="search" method="get" action="([^"]+)" aria-label="([^"]+)">/.exec(response.body);
      assert.ok(form, url);
      assert.equal(form[1], `/${language}/search`, url);
      assert.equal(form[2], { en: 'Search the site', fr: 'Rechercher sur le site', ar: 'البحث في الموقع' }[language], url);
      assert.match(response.body, /<label class="visually-hidden" for="site-search-q">/, url);
    }
  });

  it('answers hostile queries with an ordinary page, never an error', async () => {
    for (const q of HOSTILE) {
      for (const language of ['en', 'ar']) {
        const response = await visit(search(language, q));
        assert.equal(response.statusCode, 200, `${language}: ${q.slice(0, 40)}`);
        assert.match(response.body, /class="search-form"/);
      }
    }
    const long = await get(search('en', 'word '.repeat(2000)));
    assert.equal(long.statusCode, 301, 'a long query is cut to its canonical length');
    assert.ok(String(long.headers.location).length < 800);
  });

  it('writes titles and snippets as text: markup in a story never reaches the page as markup', async () => {
    await site.features.stories.createStory({
      translations: [
        {
          language: 'en',
          title: 'Zanzibar <script>alert(1)</script> & <b>bold</b> plans',
          summary: 'A summary with <img src=x onerror=alert(2)> inside.',
          bodyHtml: '<p>Zanzibar <em>emphasis</em> &amp; entities.</p>',
          publishedAt: new Date(Date.now() - 60_000).toISOString(),
        },
      ],
    });
    const response = await get(search('en', 'zanzibar'));
    assert.match(response.body, /<mark>Zanzibar<\/mark> &lt;script>alert\(1\)&lt;\/script> &amp; &lt;b>bold&lt;\/b> plans/);
    assert.doesNotMatch(response.body, /<script>alert|<img src=x|<b>bold/);
  });

  it('keeps filters and pages in one canonical address, and says when nothing matches with suggestions', async () => {
    const reordered = await get('/en/search?section=education&tag=&q=%20teachers%20%20training%20');
    assert.equal(reordered.statusCode, 301);
    assert.equal(reordered.headers.location, '/en/search?q=teachers+training&section=education');
    const filtered = await get('/en/search?q=teachers+training&section=education');
    assert.equal(filtered.statusCode, 200);
    assert.match(filtered.body, /<option value="education" selected>/);
    const none = await get('/en/search?q=teachers+xylophone&section=education');
    assert.match(none.body, /No story matches “teachers xylophone”/);
    assert.match(none.body, /href="\/en\/search\?q=teachers&amp;section=education">search for “teachers”/);
    assert.match(none.body, /href="\/en\/search\?q=teachers\+xylophone">search again without the filters/);
    assert.match(none.body, /href="\/fr\/search\?q=teachers\+xylophone&amp;section=education">search from the pages in French/);
    const dated = await get('/en/search?q=icesco&from=2000-01-01&to=2000-12-31');
    assert.match(dated.body, /0 stories found/);
  });

  it('pages through many results, with the filters in every link, and answers a page past the last with 404', async () => {
    const first = await get(search('ar', 'الإيسيسكو'));
    const next = /<a class="pagination__link" rel="next" href="([^"]+)"/.exec(first.body)?.[1];
    assert.equal(next, '/ar/search?q=%D8%A7%D9%84%D8%A5%D9%8A%D8%B3%D9%8A%D8%B3%D9%83%D9%88&amp;page=2');
    const second = await get(next!.replaceAll('&amp;', '&'));
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /<ol class="search-results" start="11">/);
    assert.equal((await get(search('ar', 'الإيسيسكو', '&page=99'))).statusCode, 404);
  });

  it('shows the form with a prompt when there are no words yet, and refuses impossible filters with 400', async () => {
    const empty = await get('/fr/search');
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /Saisissez des mots/);
    assert.equal((await get('/en/search?q=x&from=yesterday')).statusCode, 400);
    assert.equal((await get('/en/search?q=x&state=morocco')).statusCode, 400);
    assert.equal((await get('/xx/search?q=x')).statusCode, 404);
  });
});
