import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const PASSWORD = 'a long enough password';

await describeOnEachDatabase('filing: sections, tags and Member States in the admin', (dialect) => {
  let site: TestApp;
  let editor: AdminBrowser;

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
    await site.features.accounts.createUser({ email: 'editor@example.org', name: 'Editor', password: PASSWORD, role: 'editor', interfaceLanguage: 'en' }, null);
    editor = new AdminBrowser(site.app);
    await editor.signIn('editor@example.org', PASSWORD);
  });
  after(() => site?.close());

  it('adds a section named in each language, and the public menus show it at once', async () => {
    assert.doesNotMatch((await site.app.inject('/fr/')).body, /Jeunesse et sports/);
    const missing = await editor.post('/admin/taxonomy/section/new', {
      'name-en': '',
      'name-fr': 'Jeunesse et sports',
      'name-ar': 'الشباب والرياضة',
      slug: '',
    });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /id="name-en-error">This field is required\./);
    assert.match(missing.body, /value="Jeunesse et sports"/);
    const created = await editor.post('/admin/taxonomy/section/new', {
      'name-en': 'Youth and Sport',
      'name-fr': 'Jeunesse et sports',
      'name-ar': 'الشباب والرياضة',
      slug: '',
    });
    assert.equal(created.statusCode, 303);
    assert.match((await site.app.inject('/fr/')).body, /href="\/fr\/sections\/youth-and-sport">Jeunesse et sports</);
    assert.match((await site.app.inject('/ar/')).body, />الشباب والرياضة</);
  });

  it('renames a tag, on the articles filed under it too, and refuses an address another tag uses', async () => {
    const [first, second] = await site.features.taxonomy.termsForEditing('tag');
    const article = /href="(\/fr\/news\/[^"]+)"/.exec((await site.app.inject(`/fr/tags/${first!.slug}`)).body)?.[1];
    assert.ok(article, 'a French article is filed under the tag');
    assert.match((await site.app.inject(article)).body, new RegExp(`>${first!.names.fr}<`));
    const taken = await editor.post(`/admin/taxonomy/tag/${first!.id}`, {
      ...Object.fromEntries(Object.entries(first!.names).map(([l, n]) => [`name-${l}`, n])),
      slug: second!.slug,
    });
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /already uses this address/);
    const renamed = await editor.post(`/admin/taxonomy/tag/${first!.id}`, {
      'name-en': 'Renamed tag',
      'name-fr': 'Mot-clé renommé',
      'name-ar': 'وسم جديد',
      slug: first!.slug,
    });
    assert.equal(renamed.statusCode, 303);
    assert.equal((await site.features.taxonomy.findTerm('tag', first!.slug, 'fr')).name, 'Mot-clé renommé');
    assert.match((await site.app.inject(article)).body, />Mot-clé renommé</);
  });

  it('adds a Member State chosen among the countries the platform names, in the reader’s language', async () => {
    const page = await editor.get('/admin/taxonomy');
    assert.match(page.body, /<option value="BR">Brazil<\/option>/);
    assert.doesNotMatch(page.body, /<option value="EU">/);
    assert.equal((await editor.post('/admin/taxonomy/member-states', { code: 'zz' }, '/admin/taxonomy')).statusCode, 400);
    assert.equal((await editor.post('/admin/taxonomy/member-states', { code: 'BR' }, '/admin/taxonomy')).statusCode, 303);
    assert.match((await site.app.inject('/ar/member-states')).body, /البرازيل/);
  });
});
