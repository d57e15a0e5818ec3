/** The glossary in the admin: entries added, changed and removed (each in the audit log), files in and out, roles. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const EDITOR = { email: 'editor@example.org', password: 'an editor passphrase' };
const TRANSLATOR = { email: 'translator@example.org', password: 'a translator passphrase' };

const TBX_V2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Old tool</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="e1"><langSet xml:lang="en"><tig><term>Director-General</term></tig></langSet><langSet xml:lang="fr"><tig><term>Directeur général</term></tig></langSet></termEntry>
<termEntry id="e2"><langSet xml:lang="fr"><tig><term>Etats Membres</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig><tig><term>États membres</term></tig></langSet></termEntry>
</body></text></martif>`;

await describeOnEachDatabase('the glossary in the admin', (dialect) => {
  let site: TestApp;
  let editor: AdminBrowser;

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    await site.features.accounts.createUser({ ...EDITOR, name: 'Eda Editor', role: 'editor', interfaceLanguage: 'en' }, null);
    await site.features.accounts.createUser({ ...TRANSLATOR, name: 'Tom Translator', role: 'translator', interfaceLanguage: 'en' }, null);
    editor = new AdminBrowser(site.app);
    await editor.signIn(EDITOR.email, EDITOR.password);
  });
  after(() => site?.close());

  const entries = () => site.features.glossary.entries();
  const actions = async () => (await site.features.audit.list({ limit: 200 })).map((entry) => entry.action);

  it('lets an editor add, change and delete an entry, each recorded in the audit log', async () => {
    const added = await editor.post('/admin/glossary', {
      kind: 'force',
      sourceLanguage: 'en',
      targetLanguage: 'es',
      term: 'Member States',
      translation: 'Estados miembros',
      note: '',
    });
    assert.equal(added.statusCode, 303);
    const entry = entries().find((e) => e.term === 'Member States')!;
    assert.equal(entry.translation, 'Estados miembros');
    const page = await editor.get('/admin/glossary');
    assert.match(page.body, /Member States/);
    assert.match(page.body, /Estados miembros/);

    const changed = await editor.post(`/admin/glossary/${entry.id}`, {
      kind: 'force',
      sourceLanguage: 'en',
      targetLanguage: 'es',
      term: 'Member States',
      translation: 'Estados Miembros',
      note: 'UNTERM',
    });
    assert.equal(changed.statusCode, 303);
    assert.equal(site.features.glossary.entry(entry.id).translation, 'Estados Miembros');

    const removed = await editor.post(`/admin/glossary/${entry.id}/delete`, {}, `/admin/glossary/${entry.id}`);
    assert.equal(removed.statusCode, 303);
    assert.ok(!entries().some((e) => e.id === entry.id));
    const logged = await actions();
    for (const action of ['glossary.add', 'glossary.update', 'glossary.delete']) assert.ok(logged.includes(action), action);
  });

  it('refuses a forced term without its translation or target language, and a duplicate, with messages', async () => {
    const missing = await editor.post('/admin/glossary', {
      kind: 'force',
      sourceLanguage: 'en',
      targetLanguage: '',
      term: 'Director-General',
      translation: '',
      note: '',
    });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /needs the language it is translated into/);
    assert.match(missing.body, /This field is required|required/i);
    await editor.post('/admin/glossary', { kind: 'keep', sourceLanguage: '', targetLanguage: '', term: 'AlMalik', translation: '', note: '' });
    const twice = await editor.post('/admin/glossary', { kind: 'keep', sourceLanguage: '', targetLanguage: '', term: 'almalik', translation: '', note: '' });
    assert.equal(twice.statusCode, 400);
    assert.match(twice.body, /already in the glossary/);
  });

  it('exports CSV that imports back into another newsroom unchanged, cells that look like formulas defused', async () => {
    await editor.post('/admin/glossary', {
      kind: 'forbid',
      sourceLanguage: '',
      targetLanguage: 'es',
      term: '=Estados de Miembro',
      translation: 'Estados miembros',
      note: 'never',
    });
    const csv = await editor.get('/admin/glossary/glossary.csv');
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.startsWith('\ufeffkind,source_language,target_language,term,translation,note'));
    assert.match(csv.body, /'=Estados de Miembro/);
    const other = await startTestApp(dialect, {});
    try {
      const [admin] = [
        await other.features.accounts.createUser(
          { email: 'a@example.org', name: 'A', password: 'a long admin passphrase', role: 'administrator', interfaceLanguage: 'en' },
          null,
        ),
      ];
      const outcome = await other.features.glossary.importFile('csv', csv.body, admin.id);
      assert.deepEqual({ added: outcome.added, skipped: outcome.skipped }, { added: entries().length, skipped: [] });
      const shape = (list: typeof entries extends () => infer R ? R : never) =>
        list
          .map(({ kind, sourceLanguage, targetLanguage, term, translation, note }) => ({ kind, sourceLanguage, targetLanguage, term, translation, note }))
          .sort((a, b) => a.term.localeCompare(b.term));
      assert.deepEqual(shape(other.features.glossary.entries()), shape(entries()));
    } finally {
      await other.close();
    }
  });

  it('exports well-formed TBX-Basic that reads back, and reads TBX v2 files of older tools', async () => {
    const tbx = await editor.get('/admin/glossary/glossary.tbx');
    assert.equal(tbx.statusCode, 200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tbx-')), 'glossary.tbx');
    fs.writeFileSync(file, tbx.body);
    execFileSync('xmllint', ['--noout', '--nonet', file]);
    const before = entries().length;
    const again = await site.features.glossary.importFile('tbx', tbx.body, (await site.features.accounts.listUsers())[0]!.id);
    assert.deepEqual({ added: again.added, updated: again.updated, skipped: again.skipped.length }, { added: 0, updated: before, skipped: 0 });

    const imported = await editor.postFile(
      '/admin/glossary/import',
      {},
      { name: 'old.tbx', type: 'application/xml', content: Buffer.from(TBX_V2), field: 'file' },
      '/admin/glossary',
    );
    assert.equal(imported.statusCode, 303);
    assert.match(imported.headers.location as string, /done=imported&added=2/);
    const forced = entries().find((e) => e.term === 'Director-General')!;
    assert.deepEqual([forced.kind, forced.sourceLanguage, forced.targetLanguage, forced.translation], ['force', 'en', 'fr', 'Directeur général']);
    const forbidden = entries().find((e) => e.term === 'Etats Membres')!;
    assert.deepEqual([forbidden.kind, forbidden.targetLanguage, forbidden.translation], ['forbid', 'fr', 'États membres']);
  });

  it('refuses a file that is neither, and a TBX file holding a DOCTYPE, saying why', async () => {
    const broken = await editor.postFile(
      '/admin/glossary/import',
      {},
      { name: 'x.csv', type: 'text/csv', content: Buffer.from('term;translation\nA;B\n'), field: 'file' },
      '/admin/glossary',
    );
    assert.equal(broken.statusCode, 400);
    assert.match(broken.body, /could not be imported: the header lacks the column/);
    const bomb = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tbx><text><body>&b;</body></text></tbx>`;
    const refused = await editor.postFile(
      '/admin/glossary/import',
      {},
      { name: 'x.tbx', type: 'application/xml', content: Buffer.from(bomb), field: 'file' },
      '/admin/glossary',
    );
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /document type declaration \(DOCTYPE\) is not accepted/);
  });

  it('is for editors and administrators only', async () => {
    const translator = new AdminBrowser(site.app);
    await translator.signIn(TRANSLATOR.email, TRANSLATOR.password);
    assert.equal((await translator.get('/admin/glossary')).statusCode, 403);
  });
});
