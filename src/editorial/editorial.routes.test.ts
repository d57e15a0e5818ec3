import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const PASSWORD = 'a long enough password';

/** 3,000 words in paragraphs of 100, none shared with a text of another `stem`. */
const longText = (stem: string) =>
  Array.from({ length: 30 }, (_, p) => `<p>${Array.from({ length: 100 }, (_, w) => `${stem}${p * 100 + w}`).join(' ')}</p>`).join('');

await describeOnEachDatabase('story pages in the admin', (dialect) => {
  let site: TestApp;
  const as = async (email: string) => {
    const browser = new AdminBrowser(site.app);
    assert.equal((await browser.signIn(email, PASSWORD)).statusCode, 303);
    return browser;
  };

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    for (const [email, role, interfaceLanguage] of [
      ['editor@example.org', 'editor', 'en'],
      ['author@example.org', 'author', 'ar'],
      ['translator@example.org', 'translator', 'fr'],
    ] as const) {
      await site.features.accounts.createUser({ email, name: email.split('@')[0]!, password: PASSWORD, role, interfaceLanguage }, null);
    }
  });
  after(() => site?.close());

  it('lists stories with filters by language, status, section and title text', async () => {
    const editor = await as('editor@example.org');
    const all = await editor.get('/admin/stories?language=fr');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /ICESCO-Indonésie/);
    assert.doesNotMatch(all.body, /New Routes for Cooperation/);
    const searched = await editor.get(`/admin/stories?q=${encodeURIComponent('indonesia')}&status=published`);
    assert.match(searched.body, /ICESCO-Indonesia: New Routes for Cooperation/);
    const none = await editor.get('/admin/stories?status=review');
    assert.match(none.body, /No story matches these filters/);
    assert.equal((await editor.get('/admin/stories?status=bogus')).statusCode, 400);
  });

  it('writes a story in Arabic, keeping everything typed when a field is missing', async () => {
    const author = await as('author@example.org');
    const body = '<p>نص الخبر مع <a href="https://www.icesco.org">رابط</a>.</p><script>alert(1)</script>';
    const missing = await author.post('/admin/stories/new?language=ar', { title: '', summary: 'ملخص قصير', bodyHtml: body });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /id="title-error">هذا الحقل مطلوب\./);
    assert.match(missing.body, /ملخص قصير/);
    assert.match(missing.body, /نص الخبر مع/);
    const created = await author.post('/admin/stories/new?language=ar', { title: 'منتدى الشباب', summary: 'ملخص قصير', bodyHtml: body });
    assert.equal(created.statusCode, 303);
    const page = await author.get(created.headers.location as string);
    assert.match(page.body, /تم الحفظ/);
    assert.doesNotMatch(page.body, /&lt;script|<script>alert/);
    assert.match(page.body, /rel=&quot;noopener&quot;|rel="noopener"/);
  });

  it('takes a translation from draft through review to published, and shows it to visitors only then', async () => {
    const editor = await as('editor@example.org');
    const translator = await as('translator@example.org');
    const storyId = await site.features.editorial.createStory(
      'en',
      { title: 'Literacy week opens', slug: '', summary: 'Opening.', bodyHtml: '<p>Week.</p>' },
      { featured: false, heroImageId: null, termIds: [], memberStates: [] },
      (await site.features.accounts.listUsers()).find((u) => u.role === 'editor')!,
    );
    const form = await translator.get(`/admin/stories/${storyId}/fr?from=en`);
    assert.match(form.body, /Original en English|Original en Anglais|Original en/);
    assert.match(form.body, /Literacy week opens/, 'the source is beside the form');
    const saved = await translator.post(
      `/admin/stories/${storyId}/fr`,
      { title: 'Ouverture de la semaine de l’alphabétisation', summary: 'Ouverture.', bodyHtml: '<p>Semaine.</p>', sourceLanguage: 'en' },
      `/admin/stories/${storyId}/fr?from=en`,
    );
    assert.equal(saved.statusCode, 303);
    const review = await translator.post(`/admin/stories/${storyId}/fr/status`, { to: 'review' }, `/admin/stories/${storyId}/fr`);
    assert.equal(review.statusCode, 303);
    assert.equal((await translator.post(`/admin/stories/${storyId}/fr/status`, { to: 'published' }, `/admin/stories/${storyId}/fr`)).statusCode, 403);
    assert.equal((await site.app.inject('/fr/news/ouverture-de-la-semaine-de-l-alphabetisation')).statusCode, 404);
    assert.equal((await editor.post(`/admin/stories/${storyId}/fr/status`, { to: 'published' }, `/admin/stories/${storyId}/fr`)).statusCode, 303);
    assert.equal((await site.app.inject('/fr/news/ouverture-de-la-semaine-de-l-alphabetisation')).statusCode, 200);
    assert.equal((await site.app.inject('/en/news/literacy-week-opens')).statusCode, 404, 'the English original is still a draft');
  });

  it('refuses images from other sites, which readers’ browsers would block, keeping what was typed', async () => {
    const author = await as('author@example.org');
    const bodyHtml = '<p>نص المقال</p><img src="https://cdn.example.org/photo.jpg" alt="صورة">';
    const refused = await author.post('/admin/stories/new?language=ar', { title: 'صورة من موقع آخر', summary: '', bodyHtml }, '/admin/stories/new?language=ar');
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /يعرض هذا النص صورًا ليست في مكتبة الوسائط/);
    assert.match(refused.body, /صورة من موقع آخر/);
  });

  it('saves a long Arabic article, whose form is several megabytes once percent-encoded', async () => {
    const author = await as('author@example.org');
    const paragraphs = Array.from({ length: 440 }, (_, i) => `<p>${'تقرير مفصل عن التعاون الثقافي بين الدول الأعضاء '.repeat(20)}${i}</p>`).join('');
    assert.ok(paragraphs.length > 390_000 && paragraphs.length < 500_000);
    const saved = await author.post(
      '/admin/stories/new?language=ar',
      { title: 'تقرير طويل', summary: '', bodyHtml: paragraphs },
      '/admin/stories/new?language=ar',
    );
    assert.equal(saved.statusCode, 303);
  });

  it('refuses a text nested 2,000 lists deep, or 60,000 <b> deep, at once with a message, keeping what was typed', async () => {
    const editor = await as('editor@example.org');
    const lists = await editor.post('/admin/stories/new?language=en', {
      title: 'Nested lists',
      summary: 'Deep.',
      bodyHtml: `<p>Intro.</p>${'<ul><li>'.repeat(2000)}Deep${'</li></ul>'.repeat(2000)}`,
    });
    assert.equal(lists.statusCode, 400);
    assert.match(
      lists.body,
      /id="bodyHtml-error">This text nests too deeply \(lists inside lists, many levels down, for example\)\. Simplify its structure and save again\./,
    );
    assert.match(lists.body, /value="Nested lists"/);
    assert.ok(lists.body.includes('&lt;p>Intro.&lt;/p>&lt;ul>&lt;li>&lt;ul>&lt;li>'), 'the text area keeps the text as typed');
    const started = performance.now();
    const bold = await editor.post('/admin/stories/new?language=en', { title: 'Nested bold', summary: 'Deep.', bodyHtml: `${'<b>'.repeat(60_000)}Deep` });
    const elapsed = performance.now() - started;
    assert.equal(bold.statusCode, 400);
    assert.match(bold.body, /id="bodyHtml-error">This text nests too deeply/);
    assert.ok(elapsed < 2000, `answered in ${Math.round(elapsed)} ms`);
    assert.match((await editor.get(`/admin/stories?q=${encodeURIComponent('Nested')}`)).body, /No story matches these filters/, 'nothing was saved');
  });

  it('shows each revision’s changes word by word and restores an earlier one', async () => {
    const editor = await as('editor@example.org');
    const created = await editor.post('/admin/stories/new?language=en', {
      title: 'Draft title',
      summary: 'One.',
      bodyHtml: '<p>The committee met on Monday.</p>',
    });
    const edit = created.headers.location as string;
    const path = edit.split('?')[0]!;
    await editor.post(path, { title: 'Final title', summary: 'One.', bodyHtml: '<p>The committee met on Tuesday.</p>' }, path);
    const history = await editor.get(`${path}/history`);
    assert.match(history.body, /Final title/);
    assert.match(history.body, /Draft title/);
    const diff = await editor.get(`${path}/revisions/2`);
    assert.match(diff.body, /<del><span class="visually-hidden">\[removed\] <\/span>Monday<\/del>/);
    assert.match(diff.body, /<ins><span class="visually-hidden">\[added\] <\/span>Tuesday<\/ins>/);
    const restored = await editor.post(`${path}/revisions/1/restore`, {}, `${path}/revisions/1`);
    assert.equal(restored.statusCode, 303);
    const after = await editor.get(path);
    assert.match(after.body, /value="Draft title"/);
    assert.match((await editor.get(`${path}/history`)).body, />3</);
  });

  it('says two long, wholly different revisions are too different to compare, shows both, and keeps /healthz answering', async () => {
    const editor = await as('editor@example.org');
    const created = await editor.post('/admin/stories/new?language=en', { title: 'Long story', summary: 'One.', bodyHtml: longText('alpha') });
    const path = (created.headers.location as string).split('?')[0]!;
    assert.equal((await editor.post(path, { title: 'Long story', summary: 'Two.', bodyHtml: longText('omega') }, path)).statusCode, 303);

    let answered = false;
    const started = performance.now();
    const page = editor.get(`${path}/revisions/2`).finally(() => (answered = true));
    // While the page is computed the process must go on answering others. Polling /healthz with a short pause,
    // the longest round (answer and pause) is how long a health check arriving at the worst moment would wait.
    let slowestHealth = 0;
    for (let last = performance.now(); !answered; ) {
      assert.equal((await site.app.inject('/healthz')).statusCode, 200);
      await sleep(1);
      const now = performance.now();
      slowestHealth = Math.max(slowestHealth, now - last);
      last = now;
    }
    const response = await page;
    const elapsed = performance.now() - started;

    assert.equal(response.statusCode, 200);
    assert.ok(elapsed < 2000, `answered in ${Math.round(elapsed)} ms`);
    assert.ok(slowestHealth < 400, `/healthz waited ${Math.round(slowestHealth)} ms`);
    assert.match(response.body, /These two versions are too different to compare word by word, so both are shown in full\./);
    assert.match(response.body, /<h3>Before this revision<\/h3><p class="diff__text" lang="en" dir="ltr">alpha0 alpha1 /);
    assert.match(response.body, /<h3>In this revision<\/h3><p class="diff__text" lang="en" dir="ltr">omega0 omega1 /);
    assert.ok(response.body.includes('alpha2999') && response.body.includes('omega2999'), 'both texts are there whole');
    assert.match(response.body, /<del><span class="visually-hidden">\[removed\] <\/span>One<\/del>/, 'a short field is still compared');
  });

  it('previews an unpublished translation exactly as the public page will show it, hidden from search engines', async () => {
    const editor = await as('editor@example.org');
    const created = await editor.post('/admin/stories/new?language=en', { title: 'Preview me', summary: 'Soon.', bodyHtml: '<p>Not yet public.</p>' });
    const path = (created.headers.location as string).split('?')[0]!;
    const preview = await editor.get(`${path}/preview`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /<h1[^>]*>Preview me<\/h1>/);
    assert.match(preview.body, /<meta name="robots" content="noindex, nofollow"/);
    assert.equal(preview.headers['cache-control'], 'no-store');
    assert.equal((await site.app.inject('/en/news/preview-me')).statusCode, 404);
    assert.equal((await site.app.inject(`${path}/preview`)).statusCode, 303, 'visitors are sent to sign in');
  });
});
