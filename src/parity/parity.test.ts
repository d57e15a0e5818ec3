/** Official-language parity on known data: the figures, and the page and dashboard card that show them. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import type { StoryCoverage } from './parity.types.ts';
import { median, parityOf } from './parity-figures.ts';

const ADMIN = { email: 'admin@example.org', password: 'a long admin passphrase' };
const DAY = 86_400_000;

describe('parity figures', () => {
  it('counts coverage per language, the median delay of people’s translations and those out of date', () => {
    const at = (hours: number) => new Date(Date.UTC(2026, 0, 10) + hours * 3_600_000).toISOString();
    const stories: StoryCoverage[] = [
      {
        storyId: 1,
        title: 'A',
        originalLanguage: 'en',
        originalPublishedAt: at(0),
        human: { fr: { publishedAt: at(2), outOfDate: false }, ar: { publishedAt: at(10), outOfDate: true } },
        machine: {},
      },
      {
        storyId: 2,
        title: 'B',
        originalLanguage: 'en',
        originalPublishedAt: at(1),
        human: { fr: { publishedAt: at(5), outOfDate: false } },
        machine: { ar: { reviewed: true } },
      },
      { storyId: 3, title: 'C', originalLanguage: 'ar', originalPublishedAt: at(2), human: {}, machine: { en: { reviewed: false } } },
      { storyId: 4, title: 'D', originalLanguage: 'fr', originalPublishedAt: at(3), human: { en: { publishedAt: at(9), outOfDate: false } }, machine: {} },
    ];
    const report = parityOf(stories, ['ar', 'en', 'fr'], { from: '2026-01-01', to: '2026-01-31' }, [{ language: 'ar', answers: 10, csat: 0.7 }]);
    const row = (language: string) => report.languages.find((r) => r.language === language)!;
    assert.deepEqual(
      ['ar', 'en', 'fr'].map((language) => {
        const { human, reviewedMachine, unreviewedMachine, missing, medianDelayHours, outOfDate } = row(language);
        return [language, human, reviewedMachine, unreviewedMachine, missing, medianDelayHours, outOfDate];
      }),
      [
        ['ar', 2, 1, 0, 1, 10, 1],
        ['en', 3, 0, 1, 0, 6, 0],
        ['fr', 3, 0, 0, 1, 3, 0],
      ],
    );
    assert.deepEqual(row('ar').satisfaction, { answers: 10, csat: 0.7 });
    assert.deepEqual(row('fr').satisfaction, { answers: 0, csat: null });
    assert.deepEqual(
      report.missing.map((m) => `${m.storyId}:${m.language}`),
      ['4:ar', '3:fr'],
    );
    assert.equal(median([]), null);
    assert.equal(median([3, 1, 2, 10]), 2.5);
  });
});

await describeOnEachDatabase('the parity page', (dialect) => {
  let site: TestApp;
  let admin: AdminBrowser;
  let stories: number[];

  before(async () => {
    site = await startTestApp(dialect, {});
    await site.features.settings.update({ languages: ['ar', 'en', 'fr'], defaultLanguage: 'en' });
    await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en');
    admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const now = Date.now();
    const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
    const text = (language: string, slug: string, publishedAt: string | null) => ({
      language,
      slug,
      title: `${slug} ${language}`,
      summary: '',
      bodyHtml: '<p>x</p>',
      publishedAt,
    });
    stories = [
      await site.features.stories.createStory({
        translations: [text('en', 'one', iso(5 * DAY)), text('fr', 'un', iso(5 * DAY - 4 * 3_600_000)), text('ar', 'wahid', null)],
      }),
      await site.features.stories.createStory({ translations: [text('en', 'two', iso(3 * DAY)), text('ar', 'ithnan', iso(3 * DAY - 8 * 3_600_000))] }),
      await site.features.stories.createStory({ translations: [text('fr', 'trois', iso(2 * DAY))] }),
      await site.features.stories.createStory({ translations: [text('en', 'old', iso(400 * DAY))] }),
    ];
    // Translated from English; the second's English changed since its Arabic was made.
    await site.database.db
      .updateTable('translations')
      .set({ sourceLanguage: 'en', sourceRevision: 1 })
      .where('storyId', 'in', stories.slice(0, 2))
      .where('language', '!=', 'en')
      .execute();
    await site.database.db.updateTable('translations').set({ revision: 2 }).where('storyId', '=', stories[1]!).where('language', '=', 'en').execute();
    await site.database.db
      .insertInto('machineTranslations')
      .values([
        {
          storyId: stories[2]!,
          language: 'en',
          sourceLanguage: 'fr',
          sourceRevision: 1,
          engine: 'deepl',
          title: 't',
          summary: '',
          bodyHtml: '<p>x</p>',
          translatedAt: iso(DAY),
          reviewedBy: null,
          reviewedAt: null,
          reviewedRevision: 1,
        },
        {
          storyId: stories[2]!,
          language: 'ar',
          sourceLanguage: 'fr',
          sourceRevision: 1,
          engine: 'deepl',
          title: 't',
          summary: '',
          bodyHtml: '<p>x</p>',
          translatedAt: iso(DAY),
          reviewedBy: null,
          reviewedAt: null,
          reviewedRevision: null,
        },
      ])
      .execute();
    const day = new Date(now - DAY).toISOString().slice(0, 10);
    await site.database.db
      .insertInto('feedbackAnswers')
      .values(
        [5, 4, 4, 1].map((rating, i) => ({
          visitorKey: `v${i}`,
          day,
          pagePath: '/ar/',
          language: 'ar',
          storyId: null,
          sectionId: null,
          machineTranslated: 0,
          device: 'mobile' as const,
          rating,
          comment: null,
          createdAt: new Date(now - DAY).toISOString(),
        })),
      )
      .execute();
  });
  after(() => site?.close());

  it('shows each official language’s share, delay, out-of-date count and satisfaction over the last 90 days', async () => {
    const report = await site.features.parity.report(new Date(Date.now() - 89 * DAY).toISOString().slice(0, 10), new Date().toISOString().slice(0, 10));
    assert.equal(report.stories, 3, 'the story of 400 days ago is outside the period');
    const row = (language: string) => report.languages.find((r) => r.language === language)!;
    assert.deepEqual([row('ar').human, row('ar').reviewedMachine, row('ar').unreviewedMachine, row('ar').missing, row('ar').outOfDate], [1, 0, 1, 1, 1]);
    assert.deepEqual([row('en').human, row('en').reviewedMachine, row('en').missing], [2, 1, 0]);
    assert.deepEqual([row('fr').human, row('fr').missing, row('fr').medianDelayHours], [2, 1, 4]);
    assert.equal(row('ar').medianDelayHours, 8);
    assert.deepEqual(row('ar').satisfaction, { answers: 4, csat: 0.75 });

    const page = await admin.get('/admin/parity');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /3 stories first published in this period\./);
    assert.match(page.body, /<th scope="row" lang="ar">العربية<\/th><td class="number">33% \(1\)<\/td>/);
    assert.match(page.body, /75% of 4 answers/);
    assert.match(page.body, new RegExp(`href="/admin/stories/${stories[0]}/ar\\?from=en">Add translation</a>`));
    assert.match(page.body, new RegExp(`href="/admin/stories/${stories[1]}/fr\\?from=en">Add translation</a>`));
    const dashboard = await admin.get('/admin/');
    assert.match(dashboard.body, /Language parity, last 30 days/);
  });

  it('refuses a period that is not one, with a message', async () => {
    const page = await admin.get('/admin/parity?from=2026-02-01&to=2026-01-01');
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Choose a start and an end date/);
  });
});
