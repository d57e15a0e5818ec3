/** The glossary applied by a real Apertium APY: terms kept and forced, a change re-sending only what holds it, the check's findings. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../testing/apertium.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const SLUG = 'icesco-indonesia-new-routes-for-cooperation';
const ADMIN = { email: 'director@example.org', password: 'a long admin passphrase' };

await describeOnEachDatabase('the glossary through Apertium', { skip: skipUnlessApertium() }, (dialect) => {
  let apy: RunningApertium;
  let site: TestApp;
  let adminId: number;
  const get = (url: string) => site.app.inject({ method: 'GET', url });
  const usage = async () => (await site.features.machineTranslation.usage()).find((u) => u.engine === 'apertium')!;
  const summaryOf = (html: string) => html.match(/<p class="article__summary">(.*?)<\/p>/s)?.[1] ?? '';
  const add = (kind: string, term: string, translation = '', languages: [string, string] = ['en', 'es']) =>
    site.features.glossary.add({ kind, sourceLanguage: languages[0] || '', targetLanguage: languages[1] || '', term, translation, note: '' }, adminId);

  before(async () => {
    apy = await startApertium();
    site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
    adminId = (await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en'))!.id;
  });
  after(async () => {
    await site?.close();
    await apy?.stop();
  });

  it('keeps names and forces terms through Apertium: the demo story’s Spanish lede before and after a five-term glossary', async () => {
    const beforeGlossary = summaryOf((await get(`/es/news/${SLUG}`)).body);
    assert.match(beforeGlossary, /Director-Dr\. General/, 'Apertium alone garbles the title');
    await add('keep', 'ICESCO', '', ['', '']);
    await add('keep', 'AlMalik', '', ['', '']);
    await add('force', 'Director-General', 'Director General');
    await add('force', 'Member States', 'Estados miembros');
    await add('force', 'Mr.', 'Sr.');
    const page = await get(`/es/news/${SLUG}`);
    const lede = summaryOf(page.body);
    console.log(`Spanish lede before the glossary: ${beforeGlossary}\nSpanish lede after: ${lede}`);
    assert.match(lede, /^ICESCO Director General Dr\. Salim M\. AlMalik /);
    assert.match(lede, /Sr\. Hasrul Azwar/);
    assert.match(page.body, /Estados miembros/);
    assert.doesNotMatch(page.body, /Estados de Miembro|Director-Dr/);
  });

  it('sends again only the segments holding a changed term', async () => {
    const original = (await site.features.stories.original((await site.features.stories.storyOfPage('en', SLUG))!.storyId))!;
    const holding = [original.title, original.summary, ...original.bodyHtml.split(/<\/(?:p|h2|li)>/)].filter((part) => /Director-General/.test(part)).length;
    assert.ok(holding >= 3, `${holding} segments hold the term`);
    const entry = site.features.glossary.entries().find((e) => e.term === 'Director-General')!;
    const before = await usage();
    await site.features.glossary.update(
      entry.id,
      { kind: 'force', sourceLanguage: 'en', targetLanguage: 'es', term: 'Director-General', translation: 'Director general', note: '' },
      adminId,
    );
    const page = await get(`/es/news/${SLUG}`);
    assert.match(summaryOf(page.body), /^ICESCO Director general Dr\./);
    const after = await usage();
    assert.equal(after.memoryMisses - before.memoryMisses, holding, 'only those segments went to the engine');
    assert.equal(after.requests - before.requests, 1);
    const logged = (await site.features.audit.list({ limit: 50 })).map((e) => e.action);
    assert.ok(logged.includes('glossary.update'));
  });

  it('flags a forbidden rendering the engine wrote, and counts it on the machine translation page', async () => {
    await add('forbid', 'cumplido', 'se reunió con', ['', 'es']);
    const page = await get(`/es/news/${SLUG}`);
    assert.match(page.body, /cumplido/, 'Apertium renders “met” so');
    const storyId = (await site.features.stories.storyOfPage('en', SLUG))!.storyId;
    const original = await site.features.stories.original(storyId);
    const issues = await site.features.machineTranslation.placedIssues(storyId, 'es', 'machine', original);
    assert.ok(
      issues.some((issue) => issue.kind === 'forbidden' && issue.found === 'cumplido' && issue.place === 'block' && issue.number === 1),
      JSON.stringify(issues),
    );
    const admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const translationPage = await admin.get('/admin/translation');
    assert.match(translationPage.body, /Quality by engine and language pair/);
    assert.match(translationPage.body, /<th scope="row">Apertium<\/th><td>English → Spanish|<th scope="row">Apertium<\/th><td>English → español/i);
    const editor = await admin.get(`/admin/stories/${storyId}/fr`);
    assert.equal(editor.statusCode, 200);
  });

  it('checks a person’s translation on save: a forced term missing is flagged per paragraph in the editor', async () => {
    await add('force', 'Member States', 'États membres', ['en', 'fr']);
    const storyId = (await site.features.stories.storyOfPage('en', SLUG))!.storyId;
    const [admin] = await site.features.accounts.listUsers();
    const french = (await site.features.editorial.editable(storyId, 'fr', admin!)).translation!;
    const bodyHtml = french.bodyHtml.replace('avec ses États membres', 'avec ses pays membres');
    await site.features.editorial.save(storyId, 'fr', { title: french.title, slug: french.slug, summary: french.summary, bodyHtml }, null, admin!, 'en');
    const browser = new AdminBrowser(site.app);
    await browser.signIn(ADMIN.email, ADMIN.password);
    const page = await browser.get(`/admin/stories/${storyId}/fr`);
    assert.match(page.body, /<h2 id="terminology-heading">Terminology<\/h2>/);
    assert.match(page.body, /Paragraph 2: “Member States” should read “États membres”\./);
  });
});
