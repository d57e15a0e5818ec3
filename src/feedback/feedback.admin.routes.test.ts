import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Insertable } from 'kysely';
import type { FeedbackAnswersTable } from '../db/schema.ts';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ADMIN = { email: 'director@example.org', password: 'a long admin passphrase' };
const EDITOR = { email: 'editor@example.org', password: 'a long editor passphrase' };
const DAY_MS = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

let serial = 0;
function answer(rating: number, overrides: Partial<Insertable<FeedbackAnswersTable>> = {}): Insertable<FeedbackAnswersTable> {
  const at = overrides.createdAt ? new Date(overrides.createdAt) : new Date();
  serial += 1;
  return {
    visitorKey: `visitor-${serial}`,
    day: dayOf(at),
    pagePath: '/en/',
    language: 'en',
    storyId: null,
    sectionId: null,
    machineTranslated: 0,
    device: 'desktop',
    rating,
    comment: null,
    createdAt: at.toISOString(),
    ...overrides,
  };
}

/** 10, 10, 20, 30 and 30 answers of 1 to 5: CSAT 60% (Wilson 50%–69%), mean 3.60. */
function knownSample(overrides: Partial<Insertable<FeedbackAnswersTable>> = {}) {
  return [10, 10, 20, 30, 30].flatMap((count, i) => Array.from({ length: count }, () => answer(i + 1, overrides)));
}

await describeOnEachDatabase('the feedback dashboard', (dialect) => {
  let site: TestApp;
  let admin: AdminBrowser;

  const insert = async (rows: Insertable<FeedbackAnswersTable>[]) => {
    for (let i = 0; i < rows.length; i += 200)
      await site.database.db
        .insertInto('feedbackAnswers')
        .values(rows.slice(i, i + 200))
        .execute();
  };

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en');
    await site.features.accounts.createUser({ ...EDITOR, name: 'Eda Editor', role: 'editor', interfaceLanguage: 'en' }, null);
    admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
  });
  after(() => site?.close());
  beforeEach(async () => {
    for (const table of ['feedbackAnswers', 'feedbackRollups', 'feedbackRolledDays', 'feedbackMonthRollups', 'feedbackDayTotals'] as const)
      await site.database.db.deleteFrom(table).execute();
  });

  it('shows CSAT with its 95% interval, the mean and the answer count on known data', async () => {
    await insert(knownSample());
    const page = (await admin.get('/admin/feedback')).body;
    assert.match(page, /<strong>60%<\/strong> <span>95% confidence interval: <bdi>50%<\/bdi> – <bdi>69%<\/bdi><\/span>/);
    assert.match(page, /<strong>3\.60<\/strong>/);
    assert.match(page, /<dt>Answers<\/dt><dd><strong>100<\/strong>/);
    assert.match(page, /role="img"/, 'the charts are there');
    assert.ok(page.includes('30 (30%)'), 'the distribution names each count and share');
  });

  it('gives the same figures once past days are rolled up, and across rolled and recent days together', async () => {
    await insert(knownSample({ createdAt: daysAgo(10).toISOString() }));
    await insert(knownSample());
    const range = `?from=${dayOf(daysAgo(20))}&to=${dayOf(new Date())}`;
    const before = (await admin.get(`/admin/feedback${range}`)).body;
    await site.features.feedback.upkeep();
    const rolled = await site.database.db.selectFrom('feedbackRolledDays').selectAll().execute();
    assert.ok(
      rolled.some((r) => r.day === dayOf(daysAgo(10))),
      'the old day is rolled up',
    );
    const afterRollup = (await admin.get(`/admin/feedback${range}`)).body;
    assert.match(afterRollup, /<dt>Answers<\/dt><dd><strong>200<\/strong>/);
    assert.match(afterRollup, /<strong>60%<\/strong> <span>95% confidence interval: <bdi>53%<\/bdi> – <bdi>67%<\/bdi><\/span>/);
    const figures = (html: string) => html.slice(html.indexOf('<dl class="figures">'), html.indexOf('</dl>'));
    assert.equal(figures(afterRollup), figures(before));
    const onlyOld = (await admin.get(`/admin/feedback?from=${dayOf(daysAgo(12))}&to=${dayOf(daysAgo(8))}`)).body;
    assert.match(onlyOld, /<dt>Answers<\/dt><dd><strong>100<\/strong>/);
  });

  it('gives the same figures and breakdowns over months of rolled-up answers as over the raw answers', async () => {
    const section = (await site.features.taxonomy.terms('section', 'en'))[0]!;
    await insert(
      Array.from({ length: 600 }, (_, i) =>
        answer((i % 5) + 1, {
          createdAt: daysAgo(2 + (i % 150)).toISOString(),
          language: ['en', 'fr', 'ar'][i % 3]!,
          pagePath: `/${['en', 'fr', 'ar'][i % 3]}/news/story-${i % 7}`,
          sectionId: i % 4 === 0 ? section.id : null,
          machineTranslated: i % 6 === 0 ? 1 : 0,
        }),
      ),
    );
    const views = [
      `?from=${dayOf(daysAgo(140))}&to=${dayOf(daysAgo(3))}`,
      `?from=${dayOf(daysAgo(140))}&to=${dayOf(daysAgo(3))}&language=fr`,
      `?from=${dayOf(daysAgo(100))}&to=${dayOf(new Date())}&section=${section.id}`,
    ];
    const tables = (html: string) => html.slice(html.indexOf('<dl class="figures">'), html.indexOf('id="comments-heading"'));
    const before = await Promise.all(views.map(async (view) => tables((await admin.get(`/admin/feedback${view}`)).body)));
    await site.features.feedback.upkeep();
    assert.ok((await site.database.db.selectFrom('feedbackMonthRollups').selectAll().execute()).length > 0, 'months are rolled up');
    const afterRollup = await Promise.all(views.map(async (view) => tables((await admin.get(`/admin/feedback${view}`)).body)));
    assert.deepEqual(afterRollup, before);
  });

  it('shows a century of days as ten years of months, says so, and answers quickly without growing the process', async () => {
    // One answer a month for a century, so that every period the trend draws has a point.
    await insert(
      Array.from({ length: 1200 }, (_, i) => answer((i % 5) + 1, { createdAt: new Date(Date.UTC(1927 + Math.floor(i / 12), i % 12, 15)).toISOString() })),
    );
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const response = await admin.get('/admin/feedback?from=1927-01-01&to=2026-12-31&granularity=day');
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rssBefore;
    assert.equal(response.statusCode, 200);
    assert.ok(elapsed < 2000, `answered in ${Math.round(elapsed)} ms`);
    // Unbounded, this request drew 36,500 daily periods and grew the process by about a gigabyte.
    assert.ok(grown < 150 * 2 ** 20, `the process grew by ${Math.round(grown / 2 ** 20)} MB`);
    assert.match(response.body, /A dashboard covers at most 10 years, so this one starts on 1 January 2017 instead of 1 January 1927\./);
    assert.match(response.body, /The trend is shown by month, because shorter periods would give more than 366 points\./);
    assert.match(response.body, /<input id="filter-from" name="from" type="date" value="2017-01-01"/);
    assert.match(response.body, /<option value="month" selected>/);
    assert.match(response.body, /<dt>Answers<\/dt><dd><strong>120<\/strong>/);
    const chart = response.body.slice(response.body.indexOf('<svg id="trend"'), response.body.indexOf('</svg>', response.body.indexOf('<svg id="trend"')));
    assert.equal(chart.split('<circle').length - 1, 120, 'one point per month of the ten years');
    assert.equal(chart.split('<g>').length - 1, 5 + 120, 'five grid lines and 120 periods, not 36,500');
  });

  it('filters by language and section, and breaks down by language, section, page and machine translation', async () => {
    const section = (await site.features.taxonomy.terms('section', 'en'))[0]!;
    await insert([
      answer(5, { language: 'ar', pagePath: '/ar/', sectionId: section.id }),
      answer(1, { language: 'fr', pagePath: '/fr/', machineTranslated: 1 }),
      answer(4, { language: 'fr', pagePath: '/fr/' }),
    ]);
    const all = (await admin.get('/admin/feedback')).body;
    assert.match(all, /By language/);
    assert.match(all, /العربية/);
    assert.match(all, /Machine-translated/);
    assert.match(all, /href="\/fr\/">\/fr\/<\/a>/);
    assert.match(all, new RegExp(section.name));
    const french = (await admin.get('/admin/feedback?language=fr')).body;
    assert.match(french, /<dt>Answers<\/dt><dd><strong>2<\/strong>/);
    const inSection = (await admin.get(`/admin/feedback?section=${section.id}`)).body;
    assert.match(inSection, /<dt>Answers<\/dt><dd><strong>1<\/strong>/);
    assert.equal((await admin.get('/admin/feedback?from=2026-02-30')).statusCode, 400);
    assert.equal((await admin.get('/admin/feedback?from=2026-05-02&to=2026-05-01')).statusCode, 400);
  });

  it('lists comments newest first, finds them by a word, and hides and shows them again', async () => {
    await insert([
      answer(2, { comment: 'The search box is hard to find', createdAt: daysAgo(1).toISOString() }),
      answer(5, { comment: 'أحببت التغطية', language: 'ar', pagePath: '/ar/' }),
    ]);
    const list = (await admin.get('/admin/feedback')).body;
    assert.ok(list.indexOf('أحببت التغطية') < list.indexOf('The search box'), 'newest first');
    const found = (await admin.get('/admin/feedback?q=SEARCH')).body;
    assert.ok(found.includes('The search box') && !found.includes('أحببت التغطية'));
    const id = Number(/action="\/admin\/feedback\/comments\/(\d+)"/.exec(found)![1]);
    const hidden = await admin.post(`/admin/feedback/comments/${id}`, { hidden: '1', back: '/admin/feedback?q=SEARCH' }, '/admin/feedback');
    assert.equal(hidden.statusCode, 303);
    assert.equal(hidden.headers.location, '/admin/feedback?q=SEARCH');
    assert.match((await admin.get('/admin/feedback?q=SEARCH')).body, /Hidden\./);
    await admin.post(`/admin/feedback/comments/${id}`, { hidden: '0' }, '/admin/feedback');
    assert.doesNotMatch((await admin.get('/admin/feedback?q=SEARCH')).body, /Hidden\./);
  });

  it('exports the filtered answers as UTF-8 CSV with a byte order mark that reads back exactly', async () => {
    const comments = ['شكرًا، الموقع ممتاز', 'Commas, "quotes" and\na new line', '=HYPERLINK("http://evil.example")'];
    await insert([
      ...comments.map((comment, i) => answer(i + 3, { comment, createdAt: new Date(Date.now() - (3 - i) * 1000).toISOString() })),
      answer(1, { language: 'fr', pagePath: '/fr/' }),
    ]);
    const response = await admin.get('/admin/feedback/answers.csv?language=en');
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /^text\/csv; charset=utf-8/);
    assert.match(response.headers['content-disposition'] as string, /attachment; filename="feedback-.*\.csv"/);
    assert.deepEqual([...response.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(response.rawPayload, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 3, 'only the English answers');
    assert.deepEqual(
      rows.map((row) => row.comment),
      [comments[0], comments[1], `'${comments[2]}`],
    );
    assert.deepEqual(
      rows.map((row) => row.rating),
      ['3', '4', '5'],
    );
    assert.equal(rows[0]!.answer, 'Neither satisfied nor dissatisfied');
  });

  it('streams a large export completely', async () => {
    await insert(Array.from({ length: 2500 }, (_, i) => answer((i % 5) + 1, { createdAt: new Date(Date.now() - i * 1000).toISOString() })));
    const rows = parse((await admin.get('/admin/feedback/answers.csv')).rawPayload, { bom: true, columns: true }) as unknown[];
    assert.equal(rows.length, 2500);
  });

  it('lets administrators reword the survey, which every page shows at once, and keeps editors out of the settings', async () => {
    await site.app.inject('/en/');
    const saved = await admin.post('/admin/feedback/settings', {
      'en.question': 'How useful was this site to you?',
      'ar.label5': 'ممتاز',
      retentionDays: '30',
    });
    assert.equal(saved.statusCode, 303);
    assert.match((await site.app.inject('/en/')).body, /<legend>How useful was this site to you\?<\/legend>/);
    assert.match((await site.app.inject('/ar/')).body, /<span>ممتاز<\/span>/);
    assert.match((await site.app.inject('/fr/')).body, /Dans l’ensemble, dans quelle mesure/);
    assert.match((await site.app.inject('/en/privacy')).body, /deleted after 30 days/);
    const invalid = await admin.post('/admin/feedback/settings', { retentionDays: 'soon' });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /whole number of days/);
    const editor = new AdminBrowser(site.app);
    await editor.signIn(EDITOR.email, EDITOR.password);
    assert.equal((await editor.get('/admin/feedback')).statusCode, 200);
    assert.equal((await editor.get('/admin/feedback/settings')).statusCode, 403);
    await admin.post('/admin/feedback/settings', { retentionDays: '365' });
  });

  it('erases comments older than the retention period and keeps their ratings', async () => {
    await admin.post('/admin/feedback/settings', { retentionDays: '30' });
    await insert([answer(2, { comment: 'old remark', createdAt: daysAgo(40).toISOString() }), answer(4, { comment: 'fresh remark' })]);
    await site.features.feedback.upkeep();
    const stored = await site.database.db.selectFrom('feedbackAnswers').select(['rating', 'comment']).orderBy('rating').execute();
    assert.deepEqual(stored, [
      { rating: 2, comment: null },
      { rating: 4, comment: 'fresh remark' },
    ]);
    await admin.post('/admin/feedback/settings', { retentionDays: '365' });
  });
});
