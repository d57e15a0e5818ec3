import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { createScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { writeGeneratedExport } from '../testing/wxr-generator.ts';
import { readCategoryMap, readWpmlTranslations } from './import-files.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-wxr-options-'));
const file = (name: string, content: string) => {
  const at = path.join(dir, name);
  fs.writeFileSync(at, content);
  return at;
};

await describeOnEachDatabase('WordPress import options', (dialect) => {
  let site: TestApp;
  before(async () => {
    site = await startTestApp(dialect);
  });
  after(() => site?.close());

  const languagesOfStories = async () => {
    const rows = await site.database.db.selectFrom('translations').select(['storyId', 'language']).orderBy('storyId').orderBy('language').execute();
    return [...Map.groupBy(rows, (row) => row.storyId).values()].map((group) => group.map((row) => row.language).join('+'));
  };

  it('groups a WPML site’s posts by the icl_translations file, and without it makes each post a story in the default language', async () => {
    const exportFile = path.join(dir, 'wpml.xml');
    await writeGeneratedExport(exportFile, { posts: 4, languages: ['en', 'fr'], images: 0, polylang: false });
    const plain = await site.features.wordpressImport.importSite({ file: exportFile, dryRun: true, defaultLanguage: 'fr' });
    assert.equal(plain.stories, 4);
    assert.equal(plain.languageUnknown.length, 4);
    const wpml = readWpmlTranslations(file('icl.csv', 'element_id,trid,language_code\n1000,7,en\n1002,7,fr\n1004,8,en\n1006,8,ar\n'));
    const summary = await site.features.wordpressImport.importSite({ file: exportFile, wpml });
    assert.equal(summary.stories, 2);
    assert.deepEqual(summary.languageUnknown, []);
    assert.deepEqual(await languagesOfStories(), ['en+fr', 'ar+en']);
  });

  it('files the posts of mapped categories under Member States instead of sections', async () => {
    const exportFile = path.join(dir, 'states.xml');
    await writeGeneratedExport(exportFile, { posts: 2, languages: ['en', 'fr'], images: 0 });
    const map = readCategoryMap(file('states.csv', 'category,member_state\nNews,sn\n'));
    // The generated site shares post ids with the WPML one above, on another address.
    const xml = fs.readFileSync(exportFile, 'utf8').replaceAll('generated.example.org', 'states.example.org');
    const summary = await site.features.wordpressImport.importSite({ file: file('states2.xml', xml), categoryMap: map });
    assert.deepEqual(summary.memberStates, ['SN']);
    assert.equal(summary.sections.created, 0);
    const storyId = (
      await site.database.db.selectFrom('redirects').select('storyId').where('oldPath', '=', '?p=1000').orderBy('storyId', 'desc').executeTakeFirstOrThrow()
    ).storyId;
    const states = await site.database.db.selectFrom('storyMemberStates').select('code').where('storyId', '=', storyId).execute();
    assert.deepEqual(states, [{ code: 'SN' }]);
  });

  it('refuses a mapping file whose codes are not countries, and a default language the site does not have', async () => {
    assert.throws(() => readCategoryMap(file('bad.csv', 'news,Senegal\n')), /not an ISO 3166-1 alpha-2 code/);
    await assert.rejects(
      site.features.wordpressImport.importSite({ file: path.join(dir, 'wpml.xml'), defaultLanguage: 'de' }),
      /not one of the site's languages/,
    );
  });

  it('answers an old ?p= address with its redirect even under a page the cache keeps', async () => {
    const exportFile = path.join(dir, 'cached.xml');
    await writeGeneratedExport(exportFile, { posts: 4, languages: ['en', 'fr'], images: 0, polylang: false });
    const wpml = readWpmlTranslations(file('icl-cached.csv', '1006,8,ar\n'));
    await site.features.wordpressImport.importSite({ file: exportFile, wpml });
    const origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
    for (let i = 0; i < 2; i++) assert.equal((await fetch(`${origin}/ar/`)).status, 200);
    const moved = await fetch(`${origin}/ar/?p=1006`, { redirect: 'manual' });
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.get('location'), '/ar/news/post-3-fr');
  });
});

await describeOnEachDatabase('The import command on a large export', (dialect) => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  before(async () => {
    scratch = await createScratchDatabase(dialect);
  });
  after(() => scratch?.drop());

  it('imports 3,000 posts within a minute and 250 MB of memory, streaming the file', { timeout: 180_000 }, async () => {
    const exportFile = path.join(dir, 'large.xml');
    await writeGeneratedExport(exportFile, { posts: 3000, languages: ['en', 'fr', 'ar'], images: 0 });
    const url = scratch.target.kind === 'sqlite' ? `sqlite:${scratch.target.file}` : scratch.target.url;
    const started = Date.now();
    // The flags bin/diwan.js gives; run from source (tsx, which costs some memory of its own), as tests do.
    const child = spawn(
      process.execPath,
      ['--max-semi-space-size=4', '--max-old-space-size=128', '--import', 'tsx', 'src/cli.ts', 'import-wordpress', exportFile],
      {
        env: { ...process.env, DATABASE_URL: url, DIWAN_MEDIA_DIR: path.join(dir, 'media'), LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    let peakKb = 0;
    const poll = setInterval(() => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, { encoding: 'utf8', flag: 'r' });
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    }, 50);
    const [code] = (await once(child, 'exit')) as [number];
    clearInterval(poll);
    const seconds = (Date.now() - started) / 1000;
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Posts: 3000 imported/);
    assert.ok(peakKb > 0 && peakKb < 250 * 1024, `peak ${Math.round(peakKb / 1024)} MB`);
    assert.ok(seconds < 60, `${seconds} s`);
  });
});
