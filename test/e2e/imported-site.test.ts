/** A site imported from the WordPress fixture, in a real browser: its pages pass the same checks as the demo's. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

const FIXTURE = path.resolve('test/fixtures/wordpress');
/** Where screenshots go when asked for (`DIWAN_SCREENSHOTS=/tmp/shots`), to look at them. */
const SCREENSHOTS = process.env.DIWAN_SCREENSHOTS;

await describeOnEachDatabase('a site imported from WordPress, in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
  let site: TestApp;
  let browser: Browser;
  let origin: string;
  const pages: Record<string, string> = {};

  before(async () => {
    site = await startTestApp(dialect);
    await site.features.wordpressImport.importSite({ file: path.join(FIXTURE, 'export.xml'), uploadsDir: path.join(FIXTURE, 'uploads') });
    await site.features.media.renderPendingVariants();
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    // The old French address of the Dakar story leads to its French translation, whose alternates name the others.
    const moved = await fetch(
      `${origin}/fr/2024/03/12/le-directeur-general-et-le-ministre-senegalais-de-leducation-saccordent-sur-un-programme-de-formation-des-enseignants/`,
      {
        redirect: 'manual',
      },
    );
    pages['French translation'] = moved.headers.get('location')!;
    const page = await browser.newPage();
    await page.goto(`${origin}${pages['French translation']}`);
    pages['Arabic story'] = new URL((await page.locator('link[rel="alternate"][hreflang="ar"]:not([type])').getAttribute('href'))!).pathname;
    await page.close();
    pages['Arabic-only story'] = new URL((await fetch(`${origin}/?p=26`, { redirect: 'manual' })).headers.get('location')!, origin).pathname;
    pages['Arabic home'] = '/ar/';
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const name of ['Arabic story', 'French translation', 'Arabic-only story', 'Arabic home']) {
    for (const width of [1280, 360]) {
      it(`${name} at ${width} px has no WCAG 2.2 AA violations, no horizontal scrolling, and its images from /media`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const response = await page.goto(`${origin}${pages[name]}`);
        assert.equal(response?.status(), 200);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        assert.deepEqual(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
        const images = await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src') ?? ''));
        assert.ok(images.length > 0, 'the page shows images');
        for (const src of images) {
          assert.match(src, /^\/media\//);
          assert.equal((await page.request.get(`${origin}${src}`)).status(), 200, src);
        }
        if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${dialect}-${name.replaceAll(' ', '-')}-${width}.png`), fullPage: true });
        await context.close();
      });
    }
  }

  it('names every language of the Dakar story in its alternates, the Arabic page right to left', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${pages['Arabic story']}`);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]:not([type])')
      .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')).sort());
    assert.deepEqual(alternates, ['ar', 'en', 'fr', 'x-default']);
    await page.close();
  });
});
