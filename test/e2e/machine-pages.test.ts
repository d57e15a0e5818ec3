/** A machine-translated story page in a real browser: accessible, disclaimer first, phone-sized too. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../../src/testing/apertium.ts';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

const SPANISH = '/es/news/icesco-indonesia-new-routes-for-cooperation';
/** Headless Chromium says so in its User-Agent, which the report form refuses as automated, as the survey does. */
const VISITOR_BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

await describeOnEachDatabase('a machine-translated page in Chromium', { skip: skipUnlessChromium() || skipUnlessApertium() }, (dialect) => {
  let apy: RunningApertium;
  let site: TestApp;
  let browser: Browser;
  let origin: string;

  before(async () => {
    apy = await startApertium();
    site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await apy?.stop();
  });

  for (const width of [1280, 360]) {
    it(`at ${width} px shows the disclaimer before the story, has no WCAG 2.2 AA violations and no sideways scrolling`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${origin}${SPANISH}`);
      const notice = page.getByRole('complementary', { name: 'Traducción automática' });
      assert.match((await notice.textContent())!, /^Aviso: está leyendo una traducción automática de Apertium del original en inglés\./);
      const noticeBox = await notice.boundingBox();
      const titleBox = await page.locator('h1.article__title').boundingBox();
      assert.ok(noticeBox!.y < titleBox!.y, 'the disclaimer comes first');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      assert.deepEqual(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      if (width === 360) await page.screenshot({ path: process.env.MACHINE_SCREENSHOT ?? '/tmp/diwan-machine-es-phone.png' });
      await context.close();
    });

    it(`at ${width} px the form reporting a translation problem works without script and has no WCAG 2.2 AA violations`, async () => {
      // axe runs in the page, so it checks the form where script runs; the report itself is sent without.
      const checked = await browser.newContext({ viewport: { width, height: 900 }, userAgent: VISITOR_BROWSER });
      const form = await checked.newPage();
      await form.goto(`${origin}${SPANISH}/report/1`);
      const results = await new AxeBuilder({ page: form }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      assert.deepEqual(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
      const overflow = await form.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      await checked.close();

      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false, userAgent: VISITOR_BROWSER });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${origin}${SPANISH}`);
      await page.getByRole('link', { name: 'Informar de un problema de traducción en el párrafo 1', exact: true }).click();
      await page.waitForURL(`${origin}${SPANISH}/report/1`);
      await page.getByLabel('Un término es erróneo').check();
      await page.getByLabel('Una traducción mejor (opcional)').fill('Estados miembros');
      await page.getByRole('button', { name: 'Enviar el informe' }).click();
      await page.waitForURL(`${origin}${SPANISH}/report/1?sent=1`);
      assert.match(await page.locator('h1').innerText(), /Gracias/);
      await context.close();
    });
  }
});
