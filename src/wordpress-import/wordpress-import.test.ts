import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { slugify } from '../text/slugify.ts';
import type { ImportSummary } from './import-summary.ts';

const FIXTURE = path.resolve('test/fixtures/wordpress');
const EXPORT = path.join(FIXTURE, 'export.xml');
const UPLOADS = path.join(FIXTURE, 'uploads');

describe('the WordPress fixture', () => {
  it('is the shared export byte for byte (checksums in test/fixtures/wordpress.sha256)', () => {
    const sums = fs.readFileSync('test/fixtures/wordpress.sha256', 'utf8').trim().split('\n');
    assert.ok(sums.length >= 30);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/);
      assert.equal(
        createHash('sha256')
          .update(fs.readFileSync(path.join(FIXTURE, file!)))
          .digest('hex'),
        sum,
        file,
      );
    }
  });
});

await describeOnEachDatabase('Importing the WordPress fixture', (dialect) => {
  let site: TestApp;
  let first: ImportSummary;
  const rows = async (sql: string) => {
    const db = site.database.db;
    if (sql === 'stories')
      return Number(
        (
          await db
            .selectFrom('stories')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return Number(
      (
        await db
          .selectFrom('translations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  };
  const translation = (language: string, titleStart: string) =>
    site.database.db.selectFrom('translations').selectAll().where('language', '=', language).where('title', 'like', `${titleStart}%`).executeTakeFirstOrThrow();
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  before(async () => {
    site = await startTestApp(dialect);
    first = await site.features.wordpressImport.importSite({ file: EXPORT, uploadsDir: UPLOADS });
    await site.features.media.renderPendingVariants();
  });
  after(() => site?.close());

  it('imports every post but private and trashed ones and pages, and says why it skipped each', () => {
    assert.deepEqual(first.posts, { imported: 15, updated: 0, unchanged: 0, failed: [] });
    const skipped = Object.fromEntries([...first.skipped].map(([reason, posts]) => [reason.split(' (')[0], posts.length]));
    assert.deepEqual(skipped, { private: 1, 'in the trash': 1, 'a page': 4 });
    assert.equal(first.comments, 5);
    assert.deepEqual(first.languageUnknown, ['#4 Welcome to the new OECS newsroom']);
    assert.deepEqual(first.sections, { created: 4, reused: 0 });
    assert.deepEqual(first.tags, { created: 7, reused: 0 });
    assert.deepEqual(first.authors, { created: 2, reused: 0 });
  });

  it('groups Polylang translations into one story with a translation per language', async () => {
    assert.equal(first.stories, 8);
    assert.equal(await rows('stories'), 8);
    const en = await translation('en', 'Director-General and Senegal');
    const languages = await site.database.db.selectFrom('translations').select('language').where('storyId', '=', en.storyId).orderBy('language').execute();
    assert.deepEqual(
      languages.map((row) => row.language),
      ['ar', 'en', 'fr'],
    );
    assert.equal(en.summary, 'A three-year programme will train 4,000 primary-school teachers in digital teaching methods.');
    assert.equal(en.publishedAt, '2024-03-12T10:30:00.000Z');
    const scheduled = await translation('en', 'Ministers to meet in Rabat');
    assert.equal(scheduled.status, 'scheduled');
    assert.equal((await translation('fr', 'Brouillon')).status, 'draft');
  });

  it('makes Arabic slugs from Arabic titles as the editor does', async () => {
    const ar = await translation('ar', 'المدير العام');
    assert.equal(ar.slug, slugify(ar.title));
    assert.match(ar.slug, /^المدير-العام-ووزير-التربية/);
  });

  it('moves images into the media library with their alt texts, and lists the one without', async () => {
    const en = await translation('en', 'Director-General and Senegal');
    const story = await site.database.db.selectFrom('stories').select('heroImageId').where('id', '=', en.storyId).executeTakeFirstOrThrow();
    const hero = (await site.features.media.imageViews([story.heroImageId!], 'en', 'en')).get(story.heroImageId!)!;
    assert.equal(hero.alt, 'The Director-General greets Senegal’s Minister of National Education in Dakar');
    const fr = await translation('fr', 'Le Directeur général');
    assert.match(fr.bodyHtml, /<img src="\/media\/[0-9a-f]{20}-\d+\.jpg" alt="Des enseignants du primaire travaillent sur des tablettes pendant un atelier"/);
    assert.match(fr.bodyHtml, /<figcaption>Des enseignants lors d’un atelier pilote à Thiès.<\/figcaption>/);
    assert.doesNotMatch(fr.bodyHtml, /news\.example\.org\/wp-content/);
    assert.deepEqual([...first.images.withoutAlt], ['2024/07/open-data-portal.jpg (attachment 30)']);
    assert.equal((await get(hero.src)).statusCode, 200);
  });

  it('turns classic content, captions and embeds into clean HTML, and links between posts into Diwan addresses', async () => {
    const experts = await translation('en', 'Experts document');
    const dakar = await translation('en', 'Director-General and Senegal');
    assert.match(experts.bodyHtml, /^<p>Heritage experts/);
    assert.match(experts.bodyHtml, /<figure><img [^>]+><figcaption>A fortified village surveyed by the team in March.<\/figcaption><\/figure>/);
    assert.match(experts.bodyHtml, /<br \/>\nA public exhibition/);
    assert.ok(experts.bodyHtml.includes(`href="/en/news/${encodeURIComponent(dakar.slug)}"`));
    const ai = await translation('en', 'AI summer school');
    assert.match(ai.bodyHtml, /<a href="https:\/\/www.youtube.com\/watch\?v=M7lc1UVf-VE" rel="noopener">/);
    const data = await translation('en', 'Science & Society');
    assert.doesNotMatch(data.bodyHtml, /script|oecsWidget/);
    assert.match(data.bodyHtml, /R&amp;D spending …/);
  });

  it('answers the old addresses with a 301 to the story in their language, whatever their case or trailing slash', async () => {
    const fr = await translation('fr', 'Le Directeur général');
    const ar = await translation('ar', 'المدير العام');
    const cases: [string, string][] = [
      [
        '/fr/2024/03/12/le-directeur-general-et-le-ministre-senegalais-de-leducation-saccordent-sur-un-programme-de-formation-des-enseignants/',
        `/fr/news/${encodeURIComponent(fr.slug)}`,
      ],
      [
        '/FR/2024/03/12/Le-Directeur-General-et-le-ministre-senegalais-de-leducation-saccordent-sur-un-programme-de-formation-des-enseignants',
        `/fr/news/${encodeURIComponent(fr.slug)}`,
      ],
      [
        '/ar/2024/03/12/%d8%a7%d9%84%d9%85%d8%af%d9%8a%d8%b1-%d8%a7%d9%84%d8%b9%d8%a7%d9%85-%d9%88%d9%88%d8%b2%d9%8a%d8%b1-%d8%a7%d9%84%d8%aa%d8%b1%d8%a8%d9%8a%d8%a9-%d8%a7%d9%84%d8%b3%d9%86%d8%ba%d8%a7%d9%84%d9%8a-%d9%8a/',
        `/ar/news/${encodeURIComponent(ar.slug)}`,
      ],
      ['/?p=12', `/ar/news/${encodeURIComponent(ar.slug)}`],
      ['/fr/?p=10&utm_source=x', `/fr/news/${encodeURIComponent(fr.slug)}`],
    ];
    for (const [old, location] of cases) {
      const response = await get(old);
      assert.equal(response.statusCode, 301, old);
      assert.equal(response.headers.location, location, old);
    }
    // A draft's and a scheduled post's addresses lead nowhere yet: the page they are on answers as usual.
    assert.equal((await get('/fr/?p=38')).statusCode, 200);
    assert.equal((await get('/2030/10/05/nothing-here/')).statusCode, 404);
  });

  it('serves the imported Arabic story with its language alternates', async () => {
    const ar = await translation('ar', 'المدير العام');
    const page = await get(`/ar/news/${encodeURIComponent(ar.slug)}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<html lang="ar" dir="rtl"/);
    for (const language of ['en', 'fr'])
      assert.match(page.body, new RegExp(`<link rel="alternate" hreflang="${language}" href="https://news.example.org/${language}/news/`));
  });

  it('makes the imported stories findable by search, in their feeds and in the sitemaps, in every language', async () => {
    let searched = await get(`/ar/search?q=${encodeURIComponent('المعلمين السنغالي')}`);
    if (searched.statusCode === 301) searched = await get(String(searched.headers.location));
    assert.equal(searched.statusCode, 200);
    assert.match(searched.body, /المدير العام ووزير التربية <mark>/, 'search finds the Arabic story');
    const fr = await translation('fr', 'Le Directeur général');
    assert.match((await get('/fr/rss.xml')).body, new RegExp(encodeURIComponent(fr.slug)));
    assert.match((await get('/sitemaps/fr/articles-1.xml')).body, new RegExp(encodeURIComponent(fr.slug)));
  });

  it('changes nothing when run again, and duplicates nothing', async () => {
    const before = [await rows('stories'), await rows('translations')];
    const again = await site.features.wordpressImport.importSite({ file: EXPORT, uploadsDir: UPLOADS });
    assert.deepEqual(again.posts, { imported: 0, updated: 0, unchanged: 15, failed: [] });
    assert.deepEqual(again.authors, { created: 0, reused: 2 });
    assert.deepEqual([await rows('stories'), await rows('translations')], before);
  });

  it('updates a post changed in WordPress since, and leaves one edited in Diwan since as it is', async () => {
    const fr = await translation('fr', 'Le Directeur général');
    // An editor saves the French translation in Diwan (every save bumps the revision).
    await site.database.db.updateTable('translations').set({ revision: 2, title: 'Titre revu par la rédaction' }).where('id', '=', fr.id).execute();
    const changed = fs
      .readFileSync(EXPORT, 'utf8')
      .replace('<title><![CDATA[Welcome to the new OECS newsroom]]></title>', '<title><![CDATA[Welcome to our new newsroom]]></title>')
      .replace('Le Directeur général de l’Organisation a rencontré mardi', 'Le Directeur général a rencontré mardi');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-wxr-changed-')), 'export.xml');
    fs.writeFileSync(file, changed);
    const summary = await site.features.wordpressImport.importSite({ file, uploadsDir: UPLOADS });
    assert.deepEqual(summary.posts, { imported: 0, updated: 1, unchanged: 13, failed: [] });
    assert.deepEqual(summary.skipped.get('edited in Diwan since the last import (left as it is)'), [`#10 ${fr.title}`]);
    assert.equal((await translation('en', 'Welcome to our new newsroom')).slug, 'welcome-to-the-new-oecs-newsroom');
    assert.equal((await translation('fr', 'Titre revu')).bodyHtml, fr.bodyHtml);
  });
});

await describeOnEachDatabase('A dry run of the WordPress import', (dialect) => {
  let site: TestApp;
  before(async () => {
    site = await startTestApp(dialect);
  });
  after(() => site?.close());

  it('reports what it would import and writes nothing', async () => {
    const summary = await site.features.wordpressImport.importSite({ file: EXPORT, uploadsDir: UPLOADS, dryRun: true });
    assert.equal(summary.posts.imported, 15);
    assert.equal(summary.stories, 8);
    const db = site.database.db;
    for (const table of ['stories', 'translations', 'terms', 'users', 'images', 'wordpressItems', 'redirects'] as const) {
      const { n } = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n), 0, table);
    }
  });
});
