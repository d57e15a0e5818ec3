/** A story's way from an author's keyboard to the public home page, in Chromium. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

const PASSWORD = 'a long enough password';

await describeOnEachDatabase('the newsroom journey in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
  let site: TestApp;
  let browser: Browser;
  let origin: string;

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    await site.features.accounts.createUser(
      { email: 'katiba@example.org', name: 'نور الهدى', password: PASSWORD, role: 'author', interfaceLanguage: 'ar' },
      null,
    );
    await site.features.accounts.createUser(
      { email: 'editor@example.org', name: 'Omar Diallo', password: PASSWORD, role: 'editor', interfaceLanguage: 'fr' },
      null,
    );
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(`${origin}/admin/sign-in`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#password').press('Enter');
    await page.waitForURL(`${origin}/admin/`);
  }

  it('an author writes an Arabic story with a link and an image and submits it; an editor publishes it; it leads the Arabic home page', async () => {
    const image = await (await fetch(`${origin}/ar/`)).text().then((html) => /<img[^>]+src="(\/media\/[^"]+\.jpg)"/.exec(html)?.[1]);
    assert.ok(image, 'a demo image to use');

    const author = await (await browser.newContext()).newPage();
    await signIn(author, 'katiba@example.org');
    await author.goto(`${origin}/admin/stories/new?language=ar`);
    await author.getByLabel('العنوان', { exact: true }).fill('مهرجان الخط العربي يجمع فنانين من عشرين دولة');
    await author.getByLabel('الملخص').fill('افتُتح في الرباط مهرجان دولي للخط العربي بمشاركة فنانين من الدول الأعضاء.');
    // The rich-text editor: type, select a word and make it a link, then insert an image with its description.
    const answers = ['https://www.icesco.org', image!, 'لوحة بالخط الكوفي', 'من أعمال المعرض'];
    author.on('dialog', (dialog) => void dialog.accept(answers.shift()));
    const surface = author.getByRole('textbox', { name: 'النص' });
    await surface.click();
    await author.keyboard.type('تنظم الإيسيسكو المهرجان للسنة الخامسة.');
    await surface
      .locator('p')
      .first()
      .dblclick({ position: { x: 5, y: 5 } });
    await author.getByRole('button', { name: 'رابط' }).click();
    await author.keyboard.press('End');
    await author.keyboard.press('Enter');
    await author.getByRole('button', { name: 'صورة' }).click();
    assert.equal(answers.length, 0, 'the editor asked for the link, the image, its description and its caption');
    await author.getByRole('button', { name: 'حفظ' }).click();
    await author.waitForURL(/\/admin\/stories\/\d+\/ar\?done=saved/);
    const storyUrl = author.url().split('?')[0]!;
    await author.getByRole('button', { name: 'إرسال للمراجعة' }).click();
    await author.waitForURL(/done=moved/);
    assert.match(await author.locator('.editor-side').innerText(), /قيد المراجعة/);

    const editor = await (await browser.newContext()).newPage();
    await signIn(editor, 'editor@example.org');
    await editor.goto(`${origin}/admin/stories?status=review`);
    await editor.getByRole('link', { name: 'مهرجان الخط العربي يجمع فنانين من عشرين دولة' }).click();
    assert.equal(editor.url(), storyUrl);
    await editor.getByRole('button', { name: 'Publier maintenant' }).click();
    await editor.waitForURL(/done=moved/);

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${origin}/ar/`);
    const firstLatest = visitor.locator('.card-grid .card__title').first();
    assert.equal((await firstLatest.innerText()).trim(), 'مهرجان الخط العربي يجمع فنانين من عشرين دولة');
    await firstLatest.locator('a').click();
    assert.equal(await visitor.locator('.prose a[href="https://www.icesco.org"]').getAttribute('rel'), 'noopener');
    assert.match(await visitor.locator('.prose').innerText(), /تنظم الإيسيسكو المهرجان للسنة الخامسة/);
    assert.equal(await visitor.locator('.prose figure img').getAttribute('alt'), 'لوحة بالخط الكوفي');
    assert.equal(await visitor.locator('.prose figure figcaption').innerText(), 'من أعمال المعرض');
  });
});
