/** The admin in a real browser: signing in with the keyboard, and every page accessible in English and Arabic. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, signInWithKeyboard } from '../../src/testing/accessibility.ts';
import { launchChromium, skipUnlessChromium } from '../../src/testing/browser.ts';
import { describeOnEachDatabase } from '../../src/testing/dialects.ts';
import { startTestApp, type TestApp } from '../../src/testing/test-app.ts';

await describeOnEachDatabase('admin pages in Chromium', { skip: skipUnlessChromium() }, (dialect) => {
  let site: TestApp;
  let browser: Browser;
  let origin: string;
  let glossaryEntry: number;
  const people = {
    en: { email: 'admin.en@example.org', password: 'english admin password' },
    ar: { email: 'admin.ar@example.org', password: 'arabic admin password' },
  };

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    for (const [language, person] of Object.entries(people)) {
      await site.features.accounts.createUser(
        { ...person, name: language === 'ar' ? 'سلمى العلوي' : 'Sarah Cole', role: 'administrator', interfaceLanguage: language },
        null,
      );
    }
    // Answers over the last weeks, so the feedback dashboard draws its charts and lists comments.
    await site.database.db
      .insertInto('feedbackAnswers')
      .values(
        Array.from({ length: 60 }, (_, i) => {
          const at = new Date(Date.now() - (i % 20) * 86_400_000);
          const language = ['en', 'ar', 'fr'][i % 3]!;
          return {
            visitorKey: `visitor-${i}`,
            day: at.toISOString().slice(0, 10),
            pagePath: `/${language}/`,
            language,
            storyId: null,
            sectionId: null,
            machineTranslated: i % 7 === 0 ? 1 : 0,
            device: 'mobile' as const,
            rating: (i % 5) + 1,
            comment: i % 4 === 0 ? (language === 'ar' ? 'تغطية ممتازة، شكرًا' : 'Clear, useful coverage') : null,
            createdAt: at.toISOString(),
          };
        }),
      )
      .execute();
    // A glossary entry and a reader's report, so the glossary and the review queue show what they hold.
    const [someone] = await site.features.accounts.listUsers();
    glossaryEntry = (
      await site.features.glossary.add(
        { kind: 'force', sourceLanguage: 'en', targetLanguage: 'es', term: 'Member States', translation: 'Estados miembros', note: '' },
        someone!.id,
      )
    ).id;
    const demo = (await site.features.stories.storyOfPage('en', 'icesco-indonesia-new-routes-for-cooperation'))!.storyId;
    await site.database.db
      .insertInto('translationReports')
      .values({
        storyId: demo,
        language: 'es',
        sourceLanguage: 'en',
        engine: 'apertium',
        segment: 2,
        sourceHash: 'hash',
        sourceHtml: 'The Director-General met the <em>Ambassador</em>.',
        translatedHtml: 'El Director-Dr. General cumplido el <em>Embajador</em>.',
        problem: 'meaning',
        suggestion: 'El Director General se reunió con el Embajador.',
        createdAt: new Date().toISOString(),
      })
      .execute();
    origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Editor, translation beside its source, history and a revision's changes of one demo story. */
  async function storyPages(language: 'en' | 'ar'): Promise<string[]> {
    const rows = await site.features.editorial.list({ language: 'en', text: 'ICESCO-Indonesia' }, 1);
    const id = rows.rows[0]!.storyId;
    const editor = (await site.features.accounts.listUsers()).find((u) => u.role === 'administrator')!;
    const english = (await site.features.editorial.editable(id, 'en', editor)).translation!;
    await site.features.editorial.save(
      id,
      'en',
      { title: english.title, slug: english.slug, summary: `${english.summary} Updated.`, bodyHtml: english.bodyHtml },
      null,
      editor,
    );
    return [
      `/admin/stories/${id}/en`,
      `/admin/stories/${id}/${language === 'en' ? 'ar' : 'fr'}`,
      `/admin/stories/${id}/en/history`,
      `/admin/stories/${id}/en/revisions/2`,
      '/admin/stories/new?language=ar',
    ];
  }

  it('the sign-in page, with and without an error, has no WCAG 2.2 AA violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/admin/sign-in`);
    await assertAccessible(page, 'sign-in');
    await page.getByLabel('Email').fill('someone@example.org');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.match(await page.getByRole('alert').innerText(), /incorrect/);
    await assertAccessible(page, 'sign-in with an error');
    await context.close();
  });

  for (const language of ['en', 'ar'] as const) {
    for (const width of [1280, 360]) {
      it(`every admin page in ${language === 'en' ? 'English' : 'Arabic'} at ${width} px has no WCAG 2.2 AA violations`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await signInWithKeyboard(page, origin, people[language]);
        assert.equal(await page.locator('html').getAttribute('dir'), language === 'ar' ? 'rtl' : 'ltr');
        const someone = (await site.features.accounts.listUsers())[0]!;
        const storyPaths = await storyPages(language);
        for (const path of [
          '/admin/',
          '/admin/users',
          '/admin/users/new',
          `/admin/users/${someone.id}`,
          '/admin/account',
          '/admin/audit',
          '/admin/stories',
          '/admin/media',
          '/admin/taxonomy',
          '/admin/taxonomy/section/new',
          '/admin/feedback',
          '/admin/feedback/settings',
          '/admin/translation',
          '/admin/glossary',
          `/admin/glossary/${glossaryEntry}`,
          '/admin/translation/reports',
          '/admin/xliff',
          '/admin/parity',
          ...storyPaths,
        ]) {
          await page.goto(`${origin}${path}`);
          await assertAccessible(page, `${language} ${path}`);
        }
        await page.goto(`${origin}/admin/users/new`);
        await page.locator('form.admin-form button[type=submit]').click();
        assert.equal(await page.locator('[aria-invalid="true"]').count(), 3, 'email, name and password are marked');
        await assertAccessible(page, `${language} user form with errors`);
        await context.close();
      });
    }
  }
});
