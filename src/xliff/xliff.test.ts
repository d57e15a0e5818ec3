/**
 * XLIFF for agencies: exports valid against the OASIS schemas (xmllint), a round trip through a file edited by a
 * script (as an agency's tool would), and files refused with a message saying why.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ADMIN = { email: 'admin@example.org', password: 'a long admin passphrase' };
const SCHEMAS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');
const BODY = [
  '<p>The <a href="https://example.org/accord">agreement</a> was signed by the Member States.</p>',
  '<h2>Next <em>steps</em></h2>',
  '<ul><li>Teachers first</li><li>Then schools</li></ul>',
].join('');

/** What an agency's tool does, done by a script: every unit gets a target, its source's text marked "FR". */
function translateByScript(xliff: string, wrap: (target: string) => string = (target) => target): string {
  return xliff.replace(/<source>(.*?)<\/source>(<target[^>]*>.*?<\/target>)?/gs, (_all, source: string) => `<source>${source}</source>${wrap(`FR ${source}`)}`);
}

function validate(file: string, version: '2.1' | '1.2'): void {
  const schema = path.join(SCHEMAS, version === '2.1' ? 'xliff_core_2.0.xsd' : 'xliff-core-1.2-strict.xsd');
  execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
    env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
    stdio: 'pipe',
  });
}

await describeOnEachDatabase('XLIFF for translation agencies', (dialect) => {
  let site: TestApp;
  let admin: AdminBrowser;
  let storyId: number;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-'));
  const exportOf = async (version: '2.1' | '1.2', id = storyId, language = 'fr') => {
    const answer = await admin.get(`/admin/xliff/export?language=${language}&version=${version}&story=${id}`);
    assert.equal(answer.statusCode, 200, answer.body.slice(0, 500));
    return answer.body;
  };
  const upload = (xliff: string) =>
    admin.postFile(
      '/admin/xliff/import',
      {},
      { name: 'agency.xlf', type: 'application/xliff+xml', content: Buffer.from(xliff), field: 'file' },
      '/admin/xliff',
    );

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    const user = (await site.features.accounts.ensureFirstAdministrator(ADMIN, 'en'))!;
    admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
    storyId = await site.features.stories.createStory({
      translations: [
        {
          language: 'en',
          slug: 'agency-story',
          title: 'An agreement for schools',
          summary: 'Schools first.',
          bodyHtml: BODY,
          publishedAt: new Date(Date.now() - 1000).toISOString(),
        },
      ],
    });
    await site.features.glossary.add(
      { kind: 'force', sourceLanguage: 'en', targetLanguage: 'fr', term: 'Member States', translation: 'États membres', note: '' },
      user.id,
    );
    await site.features.glossary.add(
      { kind: 'forbid', sourceLanguage: '', targetLanguage: 'fr', term: 'Etats Membres', translation: 'États membres', note: '' },
      user.id,
    );
  });
  after(() => site?.close());

  it('exports XLIFF 2.1 and 1.2 that the OASIS schemas accept: a unit per segment, inline codes, glossary notes', async () => {
    for (const version of ['2.1', '1.2'] as const) {
      const xliff = await exportOf(version);
      const file = path.join(scratch, `export-${version}.xlf`);
      fs.writeFileSync(file, xliff);
      validate(file, version);
      assert.equal(
        (xliff.match(version === '2.1' ? /<unit id=/g : /<trans-unit id=/g) ?? []).length,
        6,
        'title, summary, a paragraph, a heading and two list items',
      );
      assert.match(
        xliff,
        version === '2.1'
          ? /<source>The <pc id="t1">agreement<\/pc> was signed by the Member States\.<\/source>/
          : /<source>The <g id="t1">agreement<\/g> was signed/,
      );
      assert.match(xliff, /Member States: always translate as “États membres”\./);
      assert.match(xliff, /Never write “Etats Membres”; write “États membres”\./);
      assert.doesNotMatch(xliff, /https:\/\/example\.org/, 'no attribute of the story leaves');
    }
  });

  it('imports a file a script translated as the expected draft, shows its changes first, and keeps the links', async () => {
    const translated = translateByScript(await exportOf('2.1'), (target) => `<target>${target}</target>`);
    const preview = await upload(translated);
    assert.equal(preview.statusCode, 200, preview.body.slice(0, 300));
    assert.match(preview.body, /A new translation\./);
    assert.match(preview.body, /FR An agreement for schools/);
    assert.equal(
      (await site.features.editorial.editable(storyId, 'fr', (await site.features.accounts.listUsers())[0]!)).translation,
      null,
      'nothing saved yet',
    );

    const saved = await admin.post('/admin/xliff/save', { xliff: translated }, '/admin/xliff');
    assert.equal(saved.statusCode, 303);
    const french = (await site.features.editorial.editable(storyId, 'fr', (await site.features.accounts.listUsers())[0]!)).translation!;
    assert.equal(french.status, 'draft');
    assert.equal(french.title, 'FR An agreement for schools');
    assert.equal(french.summary, 'FR Schools first.');
    assert.equal(
      french.bodyHtml,
      '<p>FR The <a href="https://example.org/accord" rel="noopener">agreement</a> was signed by the Member States.</p><h2>FR Next <em>steps</em></h2><ul><li>FR Teachers first</li><li>FR Then schools</li></ul>',
    );
    assert.equal(french.sourceLanguage, 'en');

    // An XLIFF 1.2 tool that segments targets with <mrk mtype="seg">, imported over the draft: the preview marks the changes.
    const again = translateByScript(await exportOf('1.2'), (target) => `<target><mrk mtype="seg" mid="1">${target.replace('FR ', 'FR2 ')}</mrk></target>`);
    const second = await upload(again);
    assert.equal(second.statusCode, 200, second.body.slice(0, 300));
    assert.match(second.body, /<del><span class="visually-hidden">\[[^\]]+\] <\/span>FR<\/del>/);
    assert.match(second.body, /<ins><span class="visually-hidden">\[[^\]]+\] <\/span>FR2<\/ins>/);
    assert.equal((await admin.post('/admin/xliff/save', { xliff: again }, '/admin/xliff')).statusCode, 303);
    assert.equal(
      (await site.features.editorial.editable(storyId, 'fr', (await site.features.accounts.listUsers())[0]!)).translation!.title,
      'FR2 An agreement for schools',
    );
  });

  it('refuses a malformed or mismatched file with a message saying what is wrong', async () => {
    const good = translateByScript(await exportOf('2.1'), (target) => `<target>${target}</target>`);
    const cases: [string, string, number, RegExp][] = [
      ['not XML', 'this is not xml', 400, /not well-formed XML/],
      [
        'an entity bomb',
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><xliff version="2.1" srcLang="en">&b;</xliff>`,
        400,
        /DOCTYPE\) is not accepted/,
      ],
      ['another root', '<?xml version="1.0"?><tmx version="1.4"/>', 400, /root element is &lt;tmx>, not &lt;xliff>/],
      [
        'a language the site has not',
        good.replace('trgLang="fr"', 'trgLang="de"'),
        400,
        /translated into “?"?de"?”?, which is not one of the site’s languages|not one of the site's languages/,
      ],
      ['a unit missing', good.replace(/<unit id="u3">.*?<\/unit>/s, ''), 400, /the units are not those exported \(missing u3\)/],
      [
        'an inline code lost',
        good.replace(/<target>FR The <pc id="t1">agreement<\/pc>/, '<target>FR The agreement'),
        400,
        /unit u3: the inline code\(s\) t1 of the source are missing from the target/,
      ],
      [
        'an inline code never closed',
        good.replace(/<target>FR Next <pc id="t1">steps<\/pc><\/target>/, '<target>FR Next <sc id="t1"/>steps</target>'),
        400,
        /the inline code t1 is opened and never closed/,
      ],
      ['a unit untranslated', good.replace(/<target>FR Teachers first<\/target>/, ''), 400, /unit u5: it has no translation/],
    ];
    for (const [what, file, status, message] of cases) {
      const answer = await upload(file);
      assert.equal(answer.statusCode, status, what);
      assert.match(answer.body, /The file was refused: /, what);
      assert.match(answer.body, message, what);
    }

    const [user] = await site.features.accounts.listUsers();
    const english = (await site.features.editorial.editable(storyId, 'en', user!)).translation!;
    await site.features.editorial.save(
      storyId,
      'en',
      { title: english.title, slug: english.slug, summary: 'Schools come first.', bodyHtml: english.bodyHtml },
      null,
      user!,
    );
    const stale = await upload(good);
    assert.equal(stale.statusCode, 400);
    assert.match(stale.body, /the original has changed since this file was exported \(revision 1, now 2\); export it again/);

    const demo = (await site.features.stories.storyOfPage('en', 'icesco-indonesia-new-routes-for-cooperation'))!.storyId;
    const published = await upload(translateByScript(await exportOf('2.1', demo, 'fr'), (target) => `<target>${target}</target>`));
    assert.equal(published.statusCode, 409);
    assert.match(published.body, /its fr translation is published; move it back to draft before importing/);
  });

  it('refuses to export stories written in different languages together', async () => {
    const arabic = await site.features.stories.createStory({
      translations: [
        { language: 'ar', slug: 'قصة', title: 'قصة', summary: '', bodyHtml: '<p>نص.</p>', publishedAt: new Date(Date.now() - 1000).toISOString() },
      ],
    });
    const answer = await admin.get(`/admin/xliff/export?language=fr&story=${storyId}&story=${arabic}`);
    assert.equal(answer.statusCode, 400);
    assert.match(answer.body, /written in different languages/);
  });
});
