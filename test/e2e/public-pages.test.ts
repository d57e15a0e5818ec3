/** Journeys through the public site in a real browser: accessibility, right-to-left layout, no JavaScript needed. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';

await describeOnEachDatabase('public pages in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
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

  async function arabicArticlePath(): Promise<string> {
    const page = await browser.newPage();
    await page.goto(`${origin}${ARTICLE}`);
    const href = await page.locator('link[rel="alternate"][hreflang="ar"]').getAttribute('href');
    await page.close();
    return new URL(href!).pathname;
  }

  for (const [name, path] of [
    ['English home', '/en/'],
    ['Arabic home', '/ar/'],
    ['French Member States', '/fr/member-states'],
    ['English article', ARTICLE],
    ['Arabic article', 'arabic-article'],
    ['404 page', '/ar/news/missing'],
  ] as const) {
    for (const width of [1280, 360]) {
      it(`${name} at ${width} px has no WCAG 2.2 AA violations and no horizontal scrolling`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: true });
        const page = await context.newPage();
        await page.goto(`${origin}${path === 'arabic-article' ? await arabicArticlePath() : path}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(violations, []);
        assert.ok(results.passes.length > 10, 'axe checked the page');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
        await context.close();
      });
    }
  }

  it('lays Arabic pages out right to left: the brand sits at the right edge', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/ar/`);
    const brand = await page.locator('.brand').boundingBox();
    const switcher = await page.locator('.language-switcher').boundingBox();
    assert.ok(brand && switcher && brand.x > switcher.x, 'brand is right of the language switcher');
    await page.goto(`${origin}/en/`);
    const brandEn = await page.locator('.brand').boundingBox();
    const switcherEn = await page.locator('.language-switcher').boundingBox();
    assert.ok(brandEn && switcherEn && brandEn.x < switcherEn.x, 'brand is left of the language switcher');
    await page.close();
  });

  it('reads and navigates with JavaScript turned off: home → article → French version', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/en/`);
    await page.getByRole('link', { name: 'ICESCO-Indonesia: New Routes for Cooperation' }).click();
    assert.equal(new URL(page.url()).pathname, ARTICLE);
    await page.locator('.language-switcher').getByRole('link', { name: 'Français' }).click();
    assert.match(await page.locator('h1').innerText(), /ICESCO-Indonésie/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await context.close();
  });
});
