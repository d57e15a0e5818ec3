/** The survey counts only real pages, under their one spelling, and one address cannot pass for many visitors. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { Element } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { ADDRESS_ANSWERS_PER_WINDOW } from './feedback.service.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';
const ORIGIN = 'https://news.example.org';
const DRAFT_SLUG = 'a-draft-nobody-has-published';
const browserNamed = (n: number | string) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 build/${n}`;

await describeOnEachDatabase('survey integrity', (dialect) => {
  let site: TestApp;

  const answers = () => site.database.db.selectFrom('feedbackAnswers').selectAll().orderBy('id').execute();
  const postJson = (page: string, address: string, userAgent = browserNamed(0)) =>
    site.app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: address,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': userAgent },
      payload: JSON.stringify({ rating: 4, page }),
    });
  const postForm = (payload: string, address: string) =>
    site.app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: address,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'user-agent': browserNamed(0) },
      payload,
    });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    await site.features.stories.createStory({
      translations: [{ language: 'en', slug: DRAFT_SLUG, title: 'A draft', summary: 'Not yet', bodyHtml: '<p>Not yet.</p>', publishedAt: null }],
    });
  });
  after(() => site?.close());
  beforeEach(async () => {
    await site.database.db.deleteFrom('feedbackAnswers').execute();
  });

  it(`holds one address to ${ADDRESS_ANSWERS_PER_WINDOW} answers in a few minutes however many browsers it names, and leaves other addresses alone`, async () => {
    const address = '192.0.2.10';
    const first = await Promise.all(Array.from({ length: ADDRESS_ANSWERS_PER_WINDOW }, (_, i) => postJson(ARTICLE, address, browserNamed(i))));
    assert.deepEqual(new Set(first.map((response) => response.statusCode)), new Set([201]));
    for (const name of ['renamed-1', 'renamed-2', 'renamed-3', 'renamed-4']) {
      const refused = await postJson(ARTICLE, address, browserNamed(name));
      assert.equal(refused.statusCode, 429, name);
      assert.equal(refused.json().error.code, 'survey.rate_limited');
    }
    assert.equal((await answers()).length, ADDRESS_ANSWERS_PER_WINDOW);
    assert.equal((await postJson(ARTICLE, '192.0.2.11', browserNamed('renamed-1'))).statusCode, 201, 'another address is not affected');
  });

  it('counts an IPv6 network of one subscriber (a /64) as one address', async () => {
    const inNetwork = (n: number) => `2001:db8:5:6:${n.toString(16)}::1`;
    const first = await Promise.all(Array.from({ length: ADDRESS_ANSWERS_PER_WINDOW }, (_, i) => postJson(ARTICLE, inNetwork(i), browserNamed(i))));
    assert.deepEqual(new Set(first.map((response) => response.statusCode)), new Set([201]));
    assert.equal((await postJson(ARTICLE, inNetwork(0xfff), browserNamed('next'))).statusCode, 429);
    assert.equal((await postJson(ARTICLE, '2001:db8:5:7::1', browserNamed('next'))).statusCode, 201, 'the next network is not affected');
  });

  const unknown: [string, string][] = [
    ['a path that is no page', '/en/spam-x'],
    ['a deep path with markup in its query', '/en/this/page/does/not/exist?<img src=x>'],
    ['an unpublished draft', `/en/news/${DRAFT_SLUG}`],
    ['a story that does not exist', '/ar/news/مدرسة'],
    ['an article’s address in a language with a translation of its own, which redirects', '/fr/news/icesco-indonesia-new-routes-for-cooperation'],
    ['a section that does not exist', '/en/sections/no-such-section'],
    ['a tag that does not exist', '/en/tags/no-such-tag'],
    ['a country that is not a Member State', '/en/member-states/fr'],
    ['a home page past the last', '/en/?page=999999'],
    ['a section page past the last', '/en/sections/education?page=50'],
    ['a page number the site refuses', '/en/?page=abc'],
  ];
  for (const [what, page] of unknown) {
    it(`refuses ${what} as an unknown page, storing nothing`, async () => {
      const response = await postJson(page, '192.0.2.20');
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().error.code, 'survey.page_unknown');
      assert.deepEqual(await answers(), []);
    });
  }

  it('takes answers about every kind of page, each stored under the page’s own address', async () => {
    const pages: [string, string][] = [
      ['/en/', '/en/'],
      ['/en/?page=2', '/en/?page=2'],
      ['/fr/?page=1&utm_source=newsletter#survey', '/fr/'],
      [ARTICLE, ARTICLE],
      ['/en/sections/education', '/en/sections/education'],
      ['/en/tags/heritage', '/en/tags/heritage'],
      ['/en/member-states/MA', '/en/member-states/ma'],
      ['/ar/member-states', '/ar/member-states'],
      ['/en/privacy', '/en/privacy'],
    ];
    for (const [sent, stored] of pages) {
      assert.equal((await postJson(sent, '192.0.2.30')).statusCode, 201, sent);
      assert.equal((await site.app.inject(stored)).statusCode, 200, `${stored} is a page`);
    }
    assert.deepEqual((await answers()).map((answer) => answer.pagePath).sort(), pages.map(([, stored]) => stored).sort());
    const section = (await answers()).find((answer) => answer.pagePath === '/en/sections/education')!;
    assert.ok(section.sectionId, 'a section page is counted under its section');
  });

  it('gives a refusal for a page with a line break in it no link that leads off the site', async () => {
    const response = await postForm('rating=3&page=/%0A/evil.example/x', '192.0.2.40');
    assert.equal(response.statusCode, 400);
    const links = findAll((node) => node instanceof Element && node.name === 'a', parseDocument(response.body).children);
    assert.ok(links.length > 0);
    for (const link of links) assert.equal(new URL(link.attribs.href!, `${ORIGIN}/feedback`).origin, ORIGIN, link.attribs.href);
    assert.ok(!response.body.includes('evil.example'));
  });

  it('takes an answer from an Arabic page without JavaScript and sends the visitor back to it, percent-encoded', async () => {
    const { slug } = await site.database.db
      .selectFrom('translations')
      .select('slug')
      .where('language', '=', 'ar')
      .where('status', '=', 'published')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    assert.match(slug, /\p{Script=Arabic}/u);
    const encoded = `/ar/news/${encodeURIComponent(slug)}`;
    const response = await postForm(new URLSearchParams({ rating: '5', page: `/ar/news/${slug}` }).toString(), '192.0.2.50');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${encoded}#survey-thanks`);
    const [answer] = await answers();
    assert.equal(answer?.pagePath, encoded);
    assert.ok(answer?.storyId, 'the Arabic story');
    const back = new URL(String(response.headers.location), ORIGIN);
    assert.equal((await site.app.inject(back.pathname)).statusCode, 200, 'the way back leads to the page');
  });
});
