/** Search in a real browser: accessibility of its pages, and a reader's journey from the header of the Arabic home page. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

const PAGES = [
  ['Arabic results', `/ar/search?q=${encodeURIComponent('الإيسيسكو التعليم')}`],
  ['English results', '/en/search?q=teachers+training'],
  ['Arabic results with filters open', `/ar/search?q=${encodeURIComponent('الإيسيسكو')}&section=education`],
  ['English page with no results', '/en/search?q=xylophone+teachers'],
] as const;

await describeOnEachDatabase('search in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
  let site: TestApp;
  let browser: Browser;
  let origin: string;

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [name, path] of PAGES) {
    for (const width of [1280, 360]) {
      it(`${name} at ${width} px has no WCAG 2.2 AA violations and no horizontal scrolling`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${origin}${path}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        assert.deepEqual(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
        await context.close();
      });
    }
  }

  it('lets a reader search from the header of /ar/ without JavaScript, read the results and open one', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/ar/`);
    const field = page.getByRole('search', { name: 'البحث في الموقع' }).getByRole('searchbox', { name: 'بحث' });
    await field.fill('المدارس');
    await field.press('Enter');
    assert.equal(new URL(page.url()).pathname, '/ar/search');
    assert.equal(await page.locator('#search-q').inputValue(), 'المدارس');
    const form = (await page.locator('.search-form').boundingBox())!;
    const query = (await page.locator('#search-q').boundingBox())!;
    assert.ok(query.width >= form.width / 2, `the page's search field is ${query.width}px wide in a ${form.width}px form`);
    const meta = page.locator('.search-result__meta').first();
    const [language, date] = [(await meta.locator('.search-result__language').boundingBox())!, (await meta.locator('time').boundingBox())!];
    assert.ok(Math.abs(language.x + language.width - date.x) > 4 && Math.abs(date.x + date.width - language.x) > 4, 'the language and the date stand apart');
    assert.match(await page.locator('.search__count').innerText(), /عُثر على/);
    const first = page.locator('.search-result').first();
    assert.ok((await first.locator('mark').count()) > 0, 'the matched words are marked');
    assert.match(await first.locator('.search-result__meta').innerText(), /هـ/);
    const title = (await first.locator('.search-result__title').innerText()).trim();
    await first.locator('.search-result__title a').click();
    assert.match(new URL(page.url()).pathname, /^\/ar\/news\//);
    assert.equal((await page.locator('h1').innerText()).trim(), title);
    await context.close();
  });
});
