import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { ANSWERS_PER_WINDOW } from './feedback.service.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

await describeOnEachDatabase('the visitor survey', (dialect) => {
  let site: TestApp;
  let visitor = 0;
  let address: string;

  const answers = () => site.database.db.selectFrom('feedbackAnswers').selectAll().orderBy('id').execute();
  const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    site.app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: address,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER, accept: 'text/html', ...headers },
      payload: new URLSearchParams(fields).toString(),
    });
  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    site.app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: address,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': BROWSER, ...headers },
      payload: JSON.stringify(body),
    });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());
  beforeEach(async () => {
    visitor += 1;
    address = `203.0.113.${visitor}`;
    await site.database.db.deleteFrom('feedbackAnswers').execute();
  });

  it('shows the survey at the foot of a page, in the page language, with all five answers and a privacy link', async () => {
    const english = (await site.app.inject(ARTICLE)).body;
    assert.match(english, /<h2 id="survey-heading">Your opinion<\/h2>/);
    assert.match(english, /<legend>Overall, how satisfied are you about the website\?<\/legend>/);
    for (const label of ['Extremely dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Extremely satisfied']) {
      assert.ok(english.includes(`<span>${label}</span>`), label);
    }
    assert.match(english, /<form class="survey__form" method="post" action="\/feedback"/);
    assert.ok(english.includes(`name="page" value="${ARTICLE}"`));
    assert.ok(english.includes('href="/en/privacy"'));
    const arabic = (await site.app.inject('/ar/')).body;
    assert.ok(arabic.includes('<h2 id="survey-heading">رأيك</h2>'));
    assert.ok(arabic.includes('<span>راضٍ للغاية</span>'));
  });

  it('takes an answer from the plain form and sends the visitor back to the page to be thanked', async () => {
    const response = await postForm({ rating: '4', comment: 'Clear and useful', page: ARTICLE, website: '' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${ARTICLE}#survey-thanks`);
    const [answer, ...others] = await answers();
    assert.equal(others.length, 0);
    assert.equal(answer!.rating, 4);
    assert.equal(answer!.comment, 'Clear and useful');
    assert.equal(answer!.pagePath, ARTICLE);
    assert.equal(answer!.language, 'en');
    assert.ok(answer!.storyId, 'the story the page shows');
    assert.ok(answer!.sectionId, 'the story’s section');
    assert.equal(answer!.machineTranslated, 0);
    assert.equal(answer!.device, 'desktop');
    const stored = JSON.stringify(answer);
    assert.ok(!stored.includes(address) && !stored.includes('Chrome'), 'neither the address nor the browser is stored');
    const page = (await site.app.inject(ARTICLE)).body;
    assert.ok(page.includes('id="survey-thanks"'), 'the thank-you the fragment reveals is on the cached page');
  });

  it('replaces a visitor’s earlier answer about the same page the same day, and keeps answers about other pages', async () => {
    assert.equal((await postJson({ rating: 2, page: ARTICLE })).statusCode, 201);
    assert.equal((await postJson({ rating: 5, comment: 'Better on a second read', page: ARTICLE }, { 'user-agent': BROWSER })).statusCode, 201);
    assert.equal((await postJson({ rating: 3, page: '/en/' })).statusCode, 201);
    assert.equal((await postJson({ rating: 1, page: ARTICLE }, { 'user-agent': PHONE })).statusCode, 201);
    const stored = await answers();
    assert.equal(stored.length, 3);
    const article = stored.filter((a) => a.pagePath === ARTICLE);
    assert.deepEqual(article.map((a) => [a.rating, a.device]).sort(), [
      [1, 'mobile'],
      [5, 'desktop'],
    ]);
    assert.equal(article.find((a) => a.rating === 5)!.comment, 'Better on a second read');
  });

  it(`refuses a visitor’s answers beyond ${ANSWERS_PER_WINDOW} in a few minutes with 429 and keeps the earlier ones`, async () => {
    const articles = await site.database.db
      .selectFrom('translations')
      .select('slug')
      .where('language', '=', 'en')
      .where('status', '=', 'published')
      .limit(ANSWERS_PER_WINDOW)
      .execute();
    assert.equal(articles.length, ANSWERS_PER_WINDOW);
    for (const { slug } of articles) assert.equal((await postJson({ rating: 4, page: `/en/news/${slug}` })).statusCode, 201, slug);
    const refused = await postJson({ rating: 4, page: ARTICLE });
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal(refused.json().error.code, 'survey.rate_limited');
    assert.match(refused.json().error.message, /many answers/);
    assert.equal((await answers()).length, ANSWERS_PER_WINDOW);
    address = '198.51.100.7';
    assert.equal((await postJson({ rating: 4, page: ARTICLE })).statusCode, 201, 'another visitor is not affected');
  });

  it('refuses a filled-in honeypot, and answers from known bots, storing nothing', async () => {
    const trapped = await postForm({ rating: '5', page: ARTICLE, website: 'http://spam.example' });
    assert.equal(trapped.statusCode, 400);
    assert.match(trapped.body, /meant to stay empty/);
    const bot = await postJson({ rating: 5, page: ARTICLE }, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    assert.equal(bot.statusCode, 403);
    assert.equal(bot.json().error.code, 'survey.automated');
    assert.equal((await postJson({ rating: 5, page: ARTICLE }, { 'user-agent': '' })).statusCode, 403);
    assert.equal((await answers()).length, 0);
  });

  const invalid: [string, unknown, number, string, RegExp][] = [
    ['rating 0', { rating: 0, page: ARTICLE }, 400, 'survey.rating_invalid', /five answers/],
    ['rating 6', { rating: 6, page: ARTICLE }, 400, 'survey.rating_invalid', /five answers/],
    ['rating "abc"', { rating: 'abc', page: ARTICLE }, 400, 'survey.rating_invalid', /five answers/],
    ['no rating', { page: ARTICLE }, 400, 'survey.rating_invalid', /five answers/],
    ['a fractional rating', { rating: 3.5, page: ARTICLE }, 400, 'survey.rating_invalid', /five answers/],
    ['no page', { rating: 3 }, 400, 'survey.page_invalid', /which page/],
    ['a page on another site', { rating: 3, page: '//evil.example/x' }, 400, 'survey.page_invalid', /which page/],
    ['a page outside the site languages', { rating: 3, page: '/xx/news/a' }, 400, 'survey.page_unknown', /which page/],
    ['a comment over the limit', { rating: 3, page: ARTICLE, comment: 'x'.repeat(1001) }, 400, 'survey.comment_invalid', /at most 1,000/],
    ['a comment with a NUL character', { rating: 3, page: ARTICLE, comment: 'a\u0000b' }, 400, 'survey.comment_invalid', /only text/],
    ['a body that is not an object', [1, 2, 3], 400, 'survey.rating_invalid', /five answers/],
  ];
  for (const [what, body, status, code, message] of invalid) {
    it(`refuses ${what} with ${status}, ${code} and a message, storing nothing`, async () => {
      const response = await postJson(body);
      assert.equal(response.statusCode, status);
      assert.equal(response.json().error.code, code);
      assert.match(response.json().error.message, message);
      assert.equal((await answers()).length, 0);
    });
  }

  it('refuses a 100 KB comment, a wrong content type and malformed JSON with 4xx, storing nothing', async () => {
    const huge = await postJson({ rating: 3, page: ARTICLE, comment: 'x'.repeat(100_000) });
    assert.equal(huge.statusCode, 413);
    const text = await site.app.inject({
      method: 'POST',
      url: '/feedback',
      headers: { 'content-type': 'text/plain', accept: 'application/json' },
      payload: 'rating=3',
    });
    assert.equal(text.statusCode, 415);
    const broken = await site.app.inject({
      method: 'POST',
      url: '/feedback',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      payload: '{"rating": 3,',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal((await answers()).length, 0);
  });

  it('tells a visitor without JavaScript on a page of their language why an answer was not taken, with a way back', async () => {
    const response = await postForm({ page: '/fr/' });
    assert.equal(response.statusCode, 400);
    assert.match(response.headers['content-type'] as string, /text\/html/);
    assert.ok(response.body.includes('Votre réponse n’a pas été envoyée'));
    assert.ok(response.body.includes('href="/fr/#survey"'));
    assert.match(response.body, /<meta name="robots" content="noindex"/);
  });

  it('publishes a privacy notice saying what is kept and for how long', async () => {
    const response = await site.app.inject('/en/privacy');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /do not keep your IP address/);
    assert.match(response.body, /deleted after 365 days/);
  });
});
