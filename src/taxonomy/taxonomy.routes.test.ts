import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { canonical, hreflangs, htmlLangDir, title } from '../testing/html.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

await describeOnEachDatabase('section, tag and Member State pages', (dialect) => {
  let site: TestApp;
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  const sectionTitles = { en: 'Education', fr: 'Éducation', ar: 'التربية' };
  for (const [language, name] of Object.entries(sectionTitles)) {
    it(`lists a section’s stories in ${language}, with the section in the menu`, async () => {
      const response = await get(`/${language}/sections/education`);
      assert.equal(response.statusCode, 200);
      assert.equal(title(response.body), name);
      assert.equal(htmlLangDir(response.body).lang, language);
      assert.match(response.body, new RegExp(`aria-current="page">${name}<`));
      assert.ok((response.body.match(/class="card"/g) ?? []).length >= 1);
      assert.equal(hreflangs(response.body).fr, 'https://news.example.org/fr/sections/education');
    });
  }

  it('lists a tag’s stories', async () => {
    const response = await get('/fr/tags/heritage');
    assert.equal(response.statusCode, 200);
    assert.equal(title(response.body), 'Mot-clé : Patrimoine');
  });

  it('lists every Member State by its name in the reader’s language, sorted for that language', async () => {
    const english = await get('/en/member-states');
    assert.equal(english.statusCode, 200);
    const names = [...english.body.matchAll(/class="member-states__name">([^<]+)</g)].map((m) => m[1]!);
    assert.ok(names.length >= 50, `${names.length} Member States`);
    assert.ok(names.includes('Indonesia') && names.includes('Morocco'));
    assert.deepEqual(names, [...names].sort(new Intl.Collator('en').compare));
    const arabic = await get('/ar/member-states');
    assert.match(arabic.body, /إندونيسيا/);
    assert.match(arabic.body, /المغرب/);
  });

  it('lists a Member State’s stories, whatever the case of its code', async () => {
    const response = await get('/ar/member-states/ID');
    assert.equal(response.statusCode, 200);
    assert.equal(title(response.body), 'إندونيسيا');
    assert.equal(canonical(response.body), 'https://news.example.org/ar/member-states/id');
    assert.match(response.body, /الإيسيسكو/);
  });

  it('answers unknown sections, tags, Member States and pages past the end with 404', async () => {
    for (const url of [
      '/en/sections/astrology',
      '/en/tags/nothing',
      '/en/member-states/zz',
      '/en/member-states/fr',
      '/en/member-states/usa',
      '/en/sections/education?page=500',
    ]) {
      const response = await get(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.body, /Page not found/);
    }
  });
});
