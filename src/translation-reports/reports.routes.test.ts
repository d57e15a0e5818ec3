/**
 * Readers' reports through a real Apertium: the no-script form on a machine-translated paragraph, the review queue,
 * a correction that the page then shows and the memory serves to another story, and the survey's abuse rules.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../testing/apertium.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { MAX_SUGGESTION_LENGTH, REPORTS_PER_WINDOW } from './reports.service.ts';

const ADMIN = { email: 'reviewer@example.org', password: 'a long reviewer passphrase' };
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const SHARED = 'The two partners signed the agreement on Monday.';

await describeOnEachDatabase('readers’ reports of machine translation', { skip: skipUnlessApertium() }, (dialect) => {
  let apy: RunningApertium;
  let site: TestApp;
  let address = 0;
  const publish = (slug: string, body: string) =>
    site.features.stories.createStory({
      translations: [
        { language: 'en', slug, title: `Story ${slug}`, summary: 'A summary.', bodyHtml: body, publishedAt: new Date(Date.now() - 1000).toISOString() },
      ],
    });
  /** A visitor posting the plain form; each test's visitor has its own address, so rate limits do not carry over. */
  const report = (url: string, form: Record<string, string>, headers: Record<string, string> = {}, from = `10.0.0.${address}`) =>
    site.app.inject({
      method: 'POST',
      url,
      remoteAddress: from,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER, ...headers },
      payload: new URLSearchParams(form).toString(),
    });

  before(async () => {
    apy = await startApertium();
    site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
    await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en');
    await publish('first-story', `<p>${SHARED}</p><p>Teachers will come first.</p>`);
    await publish('second-story', `<p>Another opening line.</p><p>${SHARED}</p>`);
  });
  after(async () => {
    await site?.close();
    await apy?.stop();
  });

  it('goes from the no-script form to the queue, and a correction shows on the page and on every story holding the paragraph', async () => {
    address++;
    const page = await site.app.inject({ method: 'GET', url: '/es/news/first-story' });
    assert.equal(page.statusCode, 200);
    const links = [...page.body.matchAll(/<a class="report-link" href="([^"]+)"[^>]*>Informar de un problema de traducción<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(links, ['/es/news/first-story/report/1', '/es/news/first-story/report/2']);

    const form = await site.app.inject({ method: 'GET', url: links[0]! });
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<form method="post" action="\/es\/news\/first-story\/report\/1">/);
    assert.match(form.body, /acuerdo/, 'the form shows the translated paragraph');
    assert.doesNotMatch(form.body, /<script(?![^>]*src)/, 'no inline script needed');

    const sent = await report(links[0]!, { problem: 'meaning', suggestion: 'Ambos socios firmaron el convenio el lunes.', website: '' });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, '/es/news/first-story/report/1?sent=1');
    assert.match((await site.app.inject({ method: 'GET', url: sent.headers.location as string })).body, /Hemos recibido su informe/);
    const [stored] = await site.features.reports.list('open');
    assert.equal(stored!.language, 'es');
    assert.equal(stored!.engine, 'apertium');
    assert.equal(stored!.sourceHtml, SHARED);
    assert.ok(!('address' in stored!) && !JSON.stringify(stored).includes(`10.0.0.${address}`), 'no address kept');

    const reviewer = new AdminBrowser(site.app);
    await reviewer.signIn(ADMIN.email, ADMIN.password);
    const queue = await reviewer.get('/admin/translation/reports');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /<h3>Original<\/h3><div class="prose" lang="en" dir="ltr">The two partners signed the agreement on Monday\.<\/div>/);
    assert.match(queue.body, /<h3>Machine translation<\/h3><div class="prose" lang="es" dir="ltr">[^<]*acuerdo/);
    assert.match(queue.body, /Wrong meaning/);

    // The other story was read before the correction: its stored translation must be rebuilt too.
    assert.doesNotMatch((await site.app.inject({ method: 'GET', url: '/es/news/second-story' })).body, /Ambos socios firmaron el convenio el lunes\./);
    const fixed = await reviewer.post(
      `/admin/translation/reports/${stored!.id}/fix`,
      { correction: 'Ambos socios firmaron el convenio el lunes.' },
      '/admin/translation/reports',
    );
    assert.equal(fixed.statusCode, 303);
    assert.match(
      (await site.app.inject({ method: 'GET', url: '/es/news/first-story' })).body,
      /<p>Ambos socios firmaron el convenio el lunes\. <a class="report-link"/,
    );
    assert.match(
      (await site.app.inject({ method: 'GET', url: '/es/news/second-story' })).body,
      /<p>Ambos socios firmaron el convenio el lunes\. <a class="report-link"/,
    );
    await publish('third-story', `<p>${SHARED}</p>`);
    assert.match(
      (await site.app.inject({ method: 'GET', url: '/es/news/third-story' })).body,
      /Ambos socios firmaron el convenio el lunes\./,
      'the memory serves it to a new story',
    );
    assert.equal((await site.features.reports.report(stored!.id)).status, 'fixed');
    const logged = (await site.features.audit.list({ limit: 20 })).map((entry) => entry.action);
    assert.ok(logged.includes('translation.correct'));
  });

  it('adds a glossary term from a report, or dismisses it', async () => {
    address++;
    await report('/es/news/first-story/report/2', { problem: 'term' });
    await report('/es/news/first-story/report/2', { problem: 'unreadable' });
    const open = await site.features.reports.list('open');
    assert.equal(open.length, 2, JSON.stringify(open));
    const [newer, older] = open;
    const reviewer = new AdminBrowser(site.app);
    await reviewer.signIn(ADMIN.email, ADMIN.password);
    const termed = await reviewer.post(
      `/admin/translation/reports/${older!.id}/term`,
      { kind: 'force', term: 'Teachers', translation: 'Docentes' },
      '/admin/translation/reports',
    );
    assert.equal(termed.statusCode, 303);
    assert.ok(site.features.glossary.entries().some((e) => e.term === 'Teachers' && e.translation === 'Docentes' && e.targetLanguage === 'es'));
    assert.match((await site.app.inject({ method: 'GET', url: '/es/news/first-story' })).body, /Docentes/);
    assert.equal((await reviewer.post(`/admin/translation/reports/${newer!.id}/dismiss`, {}, '/admin/translation/reports')).statusCode, 303);
    assert.deepEqual((await site.features.reports.list('open')).length, 0);
    const counts = await site.features.reports.counts();
    assert.deepEqual(counts, [{ engine: 'apertium', sourceLanguage: 'en', language: 'es', open: 0, total: 3 }]);
  });

  it('refuses what the survey refuses: a filled honeypot, a bot, an overlong suggestion, another content type, an unknown paragraph', async () => {
    address++;
    const url = '/es/news/first-story/report/1';
    const cases: [string, Promise<{ statusCode: number; headers: Record<string, unknown> }>, number, string][] = [
      ['a filled honeypot', report(url, { problem: 'meaning', website: 'http://spam.example' }), 400, 'translation_report.trap'],
      [
        'a known bot',
        report(url, { problem: 'meaning' }, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }),
        403,
        'translation_report.automated',
      ],
      ['no problem chosen', report(url, { suggestion: 'x' }), 400, 'translation_report.problem_invalid'],
      [
        'an overlong suggestion',
        report(url, { problem: 'term', suggestion: 'x'.repeat(MAX_SUGGESTION_LENGTH + 1) }),
        400,
        'translation_report.suggestion_invalid',
      ],
      ['control characters', report(url, { problem: 'term', suggestion: 'bad\u0007' }), 400, 'translation_report.suggestion_invalid'],
      [
        'JSON',
        site.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', 'user-agent': BROWSER }, payload: '{"problem":"term"}' }),
        415,
        'translation_report.content_type',
      ],
      ['an unknown paragraph', report('/es/news/first-story/report/99', { problem: 'term' }), 404, 'translation_report.segment_unknown'],
      [
        'a story with a person’s translation',
        report('/fr/news/icesco-indonesie-nouvelles-voies-de-cooperation/report/1', { problem: 'term' }),
        404,
        'translation_report.segment_unknown',
      ],
    ];
    for (const [what, pending, status, code] of cases) {
      const answer = await pending;
      assert.equal(answer.statusCode, status, what);
      assert.equal(answer.headers['x-diwan-error'], code, what);
    }
    assert.equal(
      (await site.app.inject({ method: 'POST', url, payload: 'x'.repeat(20_000), headers: { 'content-type': 'application/x-www-form-urlencoded' } }))
        .statusCode,
      413,
    );
    assert.equal((await site.features.reports.list('open')).length, 0, 'nothing kept');
  });

  it(`refuses a visitor’s report past ${REPORTS_PER_WINDOW} in ten minutes (counted in the database), with Retry-After`, async () => {
    address++;
    const url = '/es/news/first-story/report/1';
    for (let i = 0; i < REPORTS_PER_WINDOW; i++) assert.equal((await report(url, { problem: 'term' })).statusCode, 303, `report ${i + 1}`);
    const refused = await report(url, { problem: 'term' });
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['retry-after'], '600');
    assert.equal((await report(url, { problem: 'term' }, {}, '10.9.9.9')).statusCode, 303, 'another visitor is not held back');
    const windows = await site.database.db.selectFrom('translationReportWindows').selectAll().execute();
    assert.ok(
      windows.every((w) => !w.visitorKey.includes('10.0.0')),
      'windows hold keyed hashes, not addresses',
    );
  });
});
