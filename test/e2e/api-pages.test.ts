/** The API tokens and webhooks pages of the admin, and the API reference, in a real browser: accessible in English and Arabic, on a phone too. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, signInWithKeyboard } from '../../src/testing/accessibility.ts';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

await describeOnEachDatabase('API tokens, webhooks and API reference pages in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
  let site: TestApp;
  let browser: Browser;
  let origin: string;
  let endpointId: number;
  const people = {
    en: { email: 'admin.en@example.org', password: 'english admin password' },
    ar: { email: 'admin.ar@example.org', password: 'arabic admin password' },
  };

  before(async () => {
    site = await startTestApp(dialect, { config: { webhooksAllowPrivate: true } });
    let adminId = 0;
    for (const [language, person] of Object.entries(people)) {
      const user = await site.features.accounts.createUser(
        { ...person, name: language === 'ar' ? 'سلمى العلوي' : 'Sarah Cole', role: 'administrator', interfaceLanguage: language },
        null,
      );
      adminId = user.id;
    }
    await site.features.apiTokens.create({ userId: adminId, name: 'Mobile app', scopes: ['stories:read', 'media:write'], expiresInDays: 90 }, adminId);
    endpointId = await site.features.webhooks.create(
      { url: 'http://127.0.0.1:9/hooks', description: 'Partner newsletter', events: ['story.published', 'translation.published'] },
      adminId,
    );
    await site.features.webhooks.sendTest(endpointId, adminId);
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const language of ['en', 'ar'] as const) {
    for (const width of [1280, 360]) {
      it(`the API tokens and webhooks pages in ${language === 'en' ? 'English' : 'Arabic'} at ${width} px have no WCAG 2.2 AA violations`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await signInWithKeyboard(page, origin, people[language]);
        for (const path of ['/admin/api-tokens', '/admin/webhooks', '/admin/webhooks/new', `/admin/webhooks/${endpointId}`]) {
          await page.goto(`${origin}${path}`);
          await assertAccessible(page, `${language} ${path}`);
        }
        await page.goto(`${origin}/admin/api-tokens`);
        await page.locator('input[name=name]').fill('Newsletter');
        await page.locator('form.admin-form button[type=submit]').click();
        const token = await page.locator('code.secret').innerText();
        assert.match(token, /^dwn_[\w-]{43}$/, 'the new token is shown once');
        await assertAccessible(page, `${language} token created`);
        await page.goto(`${origin}/admin/webhooks/new`);
        await page.locator('input[name=url]').fill('not a url');
        await page.locator('form.admin-form button[type=submit]').click();
        assert.equal(await page.locator('[aria-invalid="true"]').count(), 1, 'the address is marked');
        await assertAccessible(page, `${language} webhook form with errors`);
        await context.close();
      });
    }
  }

  for (const width of [1280, 360]) {
    it(`the API reference at ${width} px has no WCAG 2.2 AA violations and runs under the site's security policy`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const response = await page.goto(`${origin}/api/docs`);
      assert.match(String(response?.headers()['content-security-policy']), /script-src 'self'/);
      assert.ok((await page.locator('.api-docs__operation').count()) >= 10);
      await assertAccessible(page, 'API reference');
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});
