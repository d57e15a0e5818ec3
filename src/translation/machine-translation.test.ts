/** Machine-translated story pages through a real Apertium APY: structure, memory, edits, chains and failures. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../testing/apertium.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ARTICLE_SLUG = 'icesco-indonesia-new-routes-for-cooperation';
const ADMIN = { email: 'director@example.org', password: 'a long admin passphrase' };

/** Tag names in document order, and every link, of an article body as served. */
function structureOf(html: string) {
  const body = html.slice(html.indexOf('<div class="article__body prose">'), html.indexOf('<footer class="article__footer">'));
  const tags: string[] = [];
  const links: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes) {
      // Machine pages add a link to report each paragraph; the original's structure is what is compared.
      if (!(node instanceof Element) || node.attribs.class === 'report-link') continue;
      tags.push(node.name);
      if (node.name === 'a') links.push(node.attribs.href!);
      walk(node.children);
    }
  };
  walk(parseDocument(body).children);
  return { tags, links, paragraphs: tags.filter((tag) => tag === 'p').length };
}

await describeOnEachDatabase('machine translation through Apertium', { skip: skipUnlessApertium() }, (dialect) => {
  let apy: RunningApertium;
  let site: TestApp;
  const get = (url: string) => site.app.inject({ method: 'GET', url });
  const usage = async () => (await site.features.machineTranslation.usage()).find((u) => u.engine === 'apertium')!;
  /** A story published a second ago, written in English only. */
  const publishInEnglish = (story: { slug: string; title: string; summary: string; bodyHtml: string }) =>
    site.features.stories.createStory({ translations: [{ language: 'en', ...story, publishedAt: new Date(Date.now() - 1000).toISOString() }] });

  before(async () => {
    apy = await startApertium();
    site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
    await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en');
  });
  after(async () => {
    await site?.close();
    await apy?.stop();
  });

  it('serves the demo story in Spanish under the disclaimer, with every paragraph, link and tag of the original', async () => {
    const english = await get(`/en/news/${ARTICLE_SLUG}`);
    const spanish = await get(`/es/news/${ARTICLE_SLUG}`);
    assert.equal(spanish.statusCode, 200);
    assert.match(spanish.body, /<html lang="es" dir="ltr">/);
    assert.match(spanish.body, /Aviso: está leyendo una traducción automática de Apertium del original en inglés\./);
    assert.match(spanish.body, /<meta name="robots" content="noindex"/);
    assert.doesNotMatch(spanish.body, /rel="alternate" hreflang/);
    assert.match(spanish.body, /"translationOfWork":\{"@type":"NewsArticle","@id":"https:\/\/news\.example\.org\/en\/news\/icesco/);
    assert.match(spanish.body, /"inLanguage":"es"/);
    const source = structureOf(english.body);
    const translated = structureOf(spanish.body);
    assert.deepEqual(translated.tags, source.tags);
    assert.deepEqual(translated.links, source.links);
    assert.ok(source.paragraphs > 2);
    assert.notEqual(spanish.body.match(/<h1 class="article__title">(.*?)<\/h1>/)![1], english.body.match(/<h1 class="article__title">(.*?)<\/h1>/)![1]);
  });

  it('lists machine languages after the human ones in the language switcher', async () => {
    const english = (await get(`/en/news/${ARTICLE_SLUG}`)).body;
    const switcher = english.slice(
      english.indexOf('<nav class="language-switcher"'),
      english.indexOf('</nav>', english.indexOf('<nav class="language-switcher"')),
    );
    assert.ok(switcher.indexOf('Français') < switcher.indexOf('Español'), 'human languages first');
    assert.match(
      switcher,
      new RegExp(`href="/es/news/${ARTICLE_SLUG}" hreflang="es">Español<small class="language-switcher__machine"> traducción automática</small>`),
    );
  });

  it('translates a story once: a second translation of the same text comes from memory without an engine call', async () => {
    const before = await usage();
    await site.database.db.deleteFrom('machineTranslations').execute();
    await site.features.changes.publish({ everything: true });
    assert.equal((await get(`/es/news/${ARTICLE_SLUG}`)).statusCode, 200);
    const after = await usage();
    assert.equal(after.requests, before.requests, 'no engine call');
    assert.equal(after.characters, before.characters);
    assert.ok(after.memoryHits > before.memoryHits);
  });

  it('after an edit of one paragraph sends only that paragraph to the engine', async () => {
    const [admin] = await site.features.accounts.listUsers();
    const storyId = (await site.database.db.selectFrom('translations').select('storyId').where('slug', '=', ARTICLE_SLUG).executeTakeFirstOrThrow()).storyId;
    const english = (await site.features.editorial.editable(storyId, 'en', admin!)).translation!;
    const changed = '<p>The two partners will also open a joint library in Jakarta next spring.</p>';
    const bodyHtml = english.bodyHtml.replace(/<p>[\s\S]*?<\/p>/, changed);
    const before = await usage();
    await site.features.editorial.save(storyId, 'en', { title: english.title, slug: english.slug, summary: english.summary, bodyHtml }, null, admin!);
    const spanish = await get(`/es/news/${ARTICLE_SLUG}`);
    assert.match(spanish.body, /biblioteca/);
    const after = await usage();
    assert.equal(after.memoryMisses - before.memoryMisses, 1, 'one segment sent');
    assert.equal(after.characters - before.characters, 'The two partners will also open a joint library in Jakarta next spring.'.length);
  });

  it('translates an article longer than the engine’s safe request size completely, and keeps entities as characters', async () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the committee approved the new education programme &amp; its budget in Jakarta on Monday, caf&eacute; &#233;t&#233;.</p>`,
    );
    const body = paragraphs.join('');
    assert.ok(body.length > 4096);
    const storyId = await publishInEnglish({ slug: 'long-report', title: 'A long report', summary: 'Forty paragraphs.', bodyHtml: body });
    const page = await get('/es/news/long-report');
    assert.equal(page.statusCode, 200);
    const { paragraphs: count } = structureOf(page.body);
    assert.equal(count, 40);
    for (let i = 1; i <= 40; i++) assert.match(page.body, new RegExp(`Párrafo ${i}:`), `paragraph ${i}`);
    assert.match(page.body, / &amp; /);
    assert.match(page.body, /été/, 'entities arrive as characters and come back whole');
    assert.doesNotMatch(page.body, /ￃ|&eacute;|&#233;/);
    assert.ok(storyId > 0);
  });

  it('reaches French from an English-only story through a chain, on the French site', async () => {
    await publishInEnglish({
      slug: 'english-only',
      title: 'The new agreement was signed',
      summary: 'A short story.',
      bodyHtml: '<p>The new agreement was signed on Monday.</p>',
    });
    const french = await get('/fr/news/english-only');
    assert.equal(french.statusCode, 200);
    assert.match(french.body, /Avertissement : vous lisez une traduction automatique par Apertium de l’original en anglais\./);
    assert.match(french.body, /accord/);
  });

  it('lets an editor mark a machine translation reviewed — then indexable, with hreflang — and flags it when the original changes', async () => {
    const admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    await get(`/es/news/${ARTICLE_SLUG}`);
    const storyId = (await site.database.db.selectFrom('translations').select('storyId').where('slug', '=', ARTICLE_SLUG).executeTakeFirstOrThrow()).storyId;
    const panel = (await admin.get(`/admin/stories/${storyId}/en`)).body;
    assert.match(panel, /<span lang="es">Español<\/span> — Apertium, not reviewed/);
    const reviewed = await admin.post(`/admin/stories/${storyId}/es/machine/review`, {}, `/admin/stories/${storyId}/en`);
    assert.equal(reviewed.statusCode, 303);
    const [review] = await site.features.audit.list({ action: 'translation.machine_review', limit: 1 });
    assert.equal(review?.subject, `story:${storyId}/es`, 'the review is in the audit log');
    const page = (await get(`/es/news/${ARTICLE_SLUG}`)).body;
    assert.doesNotMatch(page, /name="robots"/);
    assert.match(page, /Esta traducción automática de Apertium del original en inglés ha sido revisada por/);
    assert.match(page, new RegExp(`<link rel="alternate" hreflang="es" href="https://news.example.org/es/news/${ARTICLE_SLUG}"`));
    const [user] = await site.features.accounts.listUsers();
    const english = (await site.features.editorial.editable(storyId, 'en', user!)).translation!;
    await site.features.editorial.save(
      storyId,
      'en',
      { title: english.title, slug: english.slug, summary: `${english.summary} More.`, bodyHtml: english.bodyHtml },
      null,
      user!,
    );
    assert.match((await get(`/es/news/${ARTICLE_SLUG}`)).body, /<meta name="robots" content="noindex"/, 'refreshed and no longer vouched for');
    assert.match((await admin.get(`/admin/stories/${storyId}/en`)).body, /Apertium, reviewed, but the original has changed since/);
  });

  it('lets a translator start the human translation from the machine draft; once published it replaces the machine one', async () => {
    const storyId = await publishInEnglish({
      slug: 'water-week',
      title: 'Water week opens',
      summary: 'The week begins.',
      bodyHtml: '<p>The water week opens on Monday.</p>',
    });
    const admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const made = await admin.post(`/admin/stories/${storyId}/fr/machine`, {}, `/admin/stories/${storyId}/fr`);
    assert.equal(made.statusCode, 303);
    assert.equal(made.headers.location, `/admin/stories/${storyId}/fr?draft=machine`);
    const form = (await admin.get(made.headers.location as string)).body;
    const title = /name="title" type="text" value="([^"]+)"/.exec(form)?.[1] ?? /id="title" name="title"[^>]*value="([^"]+)"/.exec(form)?.[1];
    assert.ok(title && title !== 'Water week opens', `the form holds the French machine title (${title})`);
    const saved = await admin.post(
      `/admin/stories/${storyId}/fr`,
      {
        title: 'La semaine de l’eau s’ouvre',
        slug: '',
        summary: 'La semaine commence.',
        bodyHtml: '<p>La semaine de l’eau s’ouvre lundi.</p>',
        sourceLanguage: 'en',
      },
      `/admin/stories/${storyId}/fr`,
    );
    assert.equal(saved.statusCode, 303);
    assert.match((await get('/fr/news/water-week')).body, /traduction automatique/, 'still machine until published');
    assert.equal((await admin.post(`/admin/stories/${storyId}/fr/status`, { to: 'published' }, `/admin/stories/${storyId}/fr`)).statusCode, 303);
    const machineAddress = await get('/fr/news/water-week');
    assert.equal(machineAddress.statusCode, 301);
    const human = await get(machineAddress.headers.location as string);
    assert.match(human.body, /La semaine de l’eau s’ouvre lundi\./);
    assert.doesNotMatch(human.body, /traduction automatique par/);
  });

  it('tells an editor who asks for a translation no engine can make which pair it is, blaming no engine', async () => {
    const storyId = await publishInEnglish({
      slug: 'no-engine-to-arabic',
      title: 'A story for Arabic readers',
      summary: 'No engine here translates English into Arabic.',
      bodyHtml: '<p>The ministers met in Rabat.</p>',
    });
    const admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const refused = await admin.post(`/admin/stories/${storyId}/ar/machine`, {}, `/admin/stories/${storyId}/ar`);
    assert.equal(refused.statusCode, 502);
    assert.match(refused.body, /The machine translation could not be made: no engine translates en → ar/);
    assert.doesNotMatch(refused.body, /apertium: unsupported_pair/);
  });

  it('shows administrators each engine’s characters and memory hit rate, and stops an engine at its monthly budget', async () => {
    await get(`/es/news/${ARTICLE_SLUG}`);
    const admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const page = (await admin.get('/admin/translation')).body;
    assert.match(page, /<th scope="row">Apertium<\/th>/);
    const used = (await usage()).characters;
    assert.ok(used > 0);
    assert.ok(page.includes(new Intl.NumberFormat('en').format(used)), 'characters sent this month');
    assert.match(page, /<td class="number">\d+%<\/td>/, 'memory hit rate');
    const saved = await admin.post('/admin/translation', { 'position.apertium': '1', 'budget.apertium': String(used + 10) });
    assert.equal(saved.statusCode, 303);
    await publishInEnglish({
      slug: 'over-budget',
      title: 'A story over the budget',
      summary: 'Too long for what is left.',
      bodyHtml: '<p>This paragraph alone is longer than the ten characters left in the budget.</p>',
    });
    const refused = await get('/es/news/over-budget');
    assert.equal(refused.statusCode, 200);
    assert.match(refused.body, /no está disponible en este momento/);
    assert.equal((await usage()).characters, used, 'nothing sent past the budget');
    const metrics = (await site.app.inject({ url: '/metrics', headers: { authorization: 'Bearer test-metrics-token-0123456789' } })).body;
    assert.match(metrics, /diwan_translation_engine_calls_total\{engine="apertium",result="ok"\} [1-9]/);
    assert.match(metrics, /diwan_translation_memory_lookups_total\{engine="apertium",result="hit"\} [1-9]/);
    assert.equal((await admin.post('/admin/translation', { 'budget.apertium': 'lots' })).statusCode, 400);
    await admin.post('/admin/translation', { 'budget.apertium': '' });
  });

  it('starts one translation job for many simultaneous readers of an untranslated page', async () => {
    await publishInEnglish({
      slug: 'crowded-page',
      title: 'Everyone reads this',
      summary: 'At once.',
      bodyHtml: '<p>Many readers arrive at the same moment.</p><p>Each wants the Spanish page.</p>',
    });
    const before = await usage();
    const pages = await Promise.all(Array.from({ length: 8 }, () => get('/es/news/crowded-page')));
    assert.deepEqual(
      pages.map((page) => page.statusCode),
      Array(8).fill(200),
    );
    assert.ok(pages.every((page) => /traducción automática/.test(page.body)));
    const after = await usage();
    assert.equal(after.requests - before.requests, 1, 'one engine call');
    assert.equal(after.memoryMisses - before.memoryMisses, 4, 'title, summary and two paragraphs, once each');
  });

  it('answers 404 for a language no engine reaches', async () => {
    assert.equal((await get(`/de/news/${ARTICLE_SLUG}`)).statusCode, 404);
  });

  it('takes survey answers about a machine-translated page, and none about its addresses that are no page', async () => {
    const answer = (page: string) =>
      site.app.inject({
        method: 'POST',
        url: '/feedback',
        remoteAddress: '192.0.2.70',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
        payload: JSON.stringify({ rating: 4, page }),
      });
    assert.equal((await answer(`/es/news/${ARTICLE_SLUG}`)).statusCode, 201);
    const stored = await site.database.db.selectFrom('feedbackAnswers').selectAll().where('language', '=', 'es').execute();
    assert.deepEqual(
      stored.map((row) => [row.pagePath, row.machineTranslated, Boolean(row.storyId)]),
      [[`/es/news/${ARTICLE_SLUG}`, 1, true]],
    );
    // The French translation's slug is not where the Spanish page is; German no engine reaches.
    for (const page of ['/es/news/icesco-indonesie-nouvelles-voies-de-cooperation', `/de/news/${ARTICLE_SLUG}`]) {
      const refused = await answer(page);
      assert.equal(refused.statusCode, 400, page);
      assert.equal(refused.json().error.code, 'survey.page_unknown');
      assert.notEqual((await get(page)).statusCode, 200, `${page} is no page`);
    }
  });
});

await describeOnEachDatabase('machine translation when the engine is down', { skip: skipUnlessApertium() }, (dialect) => {
  it('gives the reader the original with a plain notice, not an error page', async () => {
    const apy = await startApertium();
    const site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
    try {
      assert.equal((await site.features.machineTranslation.targetsFrom('en')).includes('es'), true, 'pairs known while it was up');
      await apy.stop();
      const page = await site.app.inject(`/es/news/${ARTICLE_SLUG}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /La traducción al español de este artículo no está disponible en este momento\. Aquí está el original en inglés\./);
      assert.match(page.body, /<h1 class="article__title">ICESCO-Indonesia: New Routes for Cooperation<\/h1>/);
      assert.equal(page.headers['cache-control'], 'no-store');
    } finally {
      await site.close();
      await apy.stop();
    }
  });
});
