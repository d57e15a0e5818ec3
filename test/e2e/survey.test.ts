/** The visitor survey in a real browser: with and without JavaScript, by keyboard, and right to left. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';
/** Headless Chromium says "HeadlessChrome", which the survey rightly refuses as a bot; visitors' browsers do not. */
const VISITOR_BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

await describeOnEachDatabase('the survey in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
  let site: TestApp;
  let browser: Browser;
  let origin: string;

  const storedAbout = (pagePath: string) => site.database.db.selectFrom('feedbackAnswers').selectAll().where('pagePath', '=', pagePath).execute();

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('without JavaScript, posts the form and comes back to the same page with a thank-you', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, userAgent: VISITOR_BROWSER });
    const page = await context.newPage();
    await page.goto(`${origin}${ARTICLE}`);
    assert.equal(await page.locator('#survey-thanks').isVisible(), false);
    await page.getByLabel('Satisfied', { exact: true }).check();
    await page.getByLabel('Comment (optional)').fill('Read it twice, learned a lot.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(`${origin}${ARTICLE}#survey-thanks`);
    assert.equal(await page.locator('#survey-thanks').textContent(), 'Thank you for your opinion.');
    assert.equal(await page.locator('#survey-thanks').isVisible(), true);
    const [answer] = await storedAbout(ARTICLE);
    assert.equal(answer?.rating, 4);
    assert.equal(answer?.comment, 'Read it twice, learned a lot.');
    await context.close();
  });

  it('with JavaScript, answers in place by keyboard alone, counting down the comment’s characters', async () => {
    const page = await browser.newPage({ userAgent: VISITOR_BROWSER });
    await page.goto(`${origin}/en/`);
    await page.getByLabel('Extremely dissatisfied').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByLabel('Neither satisfied nor dissatisfied').isChecked(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fine');
    assert.match((await page.locator('#survey-comment-limit').textContent())!, /Characters left: 996/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#survey-thanks').waitFor({ state: 'visible' });
    assert.equal(page.url(), `${origin}/en/`, 'no page load');
    assert.equal(await page.locator('form[data-survey]').isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'survey-thanks', 'focus moves to the thank-you');
    const [answer] = await storedAbout('/en/');
    assert.equal(answer?.rating, 3);
    assert.equal(answer?.comment, 'Fine');
    await page.close();
  });

  it('shows the reason in place when an answer is refused', async () => {
    const page = await browser.newPage({ userAgent: VISITOR_BROWSER });
    await page.goto(`${origin}/fr/`);
    await page.route('**/feedback', (route) => route.continue({ postData: JSON.stringify({ rating: 9, page: '/fr/' }) }));
    await page.getByLabel('Satisfait', { exact: true }).check();
    await page.getByRole('button', { name: 'Envoyer' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'cinq réponses' });
    await alert.waitFor();
    assert.equal(await page.locator('#survey-thanks').isVisible(), false);
    await page.close();
  });

  it('lays the Arabic answers out right to left, all five labels visible on a phone', async () => {
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(`${origin}/ar/`);
    const first = await wide.locator('.survey__option').first().boundingBox();
    const last = await wide.locator('.survey__option').last().boundingBox();
    assert.ok(first!.x > last!.x, 'the scale starts on the right');
    await wide.close();
    const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await phone.goto(`${origin}/ar/`);
    for (const label of ['غير راضٍ على الإطلاق', 'راضٍ للغاية']) assert.equal(await phone.getByText(label, { exact: true }).isVisible(), true);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await phone.locator('#survey').screenshot({ path: process.env.SURVEY_SCREENSHOT ?? '/tmp/diwan-survey-ar-phone.png' });
    await phone.close();
  });
});
