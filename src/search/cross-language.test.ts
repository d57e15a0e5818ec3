/**
 * Stories found across languages. No engine installable here translates Arabic, so a local server speaks
 * LibreTranslate's API with a small glossary (the real LibreTranslate adapter calls it over HTTP); it counts its
 * translations, to show that a query is translated once and then answered from the translation memory.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const GLOSSARY: Record<string, Record<string, string>> = {
  'en>ar': { heritage: 'التراث', icesco: 'الإيسيسكو', manuscripts: 'المخطوطات' },
  'ar>en': { التراث: 'heritage', الإيسيسكو: 'ICESCO' },
};

async function startGlossaryEngine(): Promise<{ url: string; translations: () => number; close(): Promise<void> }> {
  let translations = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/languages') {
        res.end(
          JSON.stringify([
            { code: 'en', targets: ['ar'] },
            { code: 'ar', targets: ['en'] },
          ]),
        );
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { q: string[]; source: string; target: string };
      const words = GLOSSARY[`${body.source}>${body.target}`] ?? {};
      translations += body.q.length;
      res.end(JSON.stringify({ translatedText: body.q.map((text) => text.replace(/\S+/g, (word) => words[word.toLowerCase()] ?? word)) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, translations: () => translations, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

await describeOnEachDatabase('search across languages', (dialect) => {
  let withEngine: TestApp;
  let withoutEngine: TestApp;
  let engine: Awaited<ReturnType<typeof startGlossaryEngine>>;
  let storyId: number;
  const story = {
    translations: [
      {
        language: 'ar',
        title: 'مكتبة رقمية لمخطوطات التراث',
        summary: 'الإيسيسكو تفتح أرشيفها',
        bodyHtml: '<p>تضم المكتبة 3000 مخطوطة من التراث، وتعرف بالاسم اللاتيني ICESCO Heritage Library.</p>',
        publishedAt: '2026-02-01T09:00:00.000Z',
      },
    ],
  };
  const found = async (site: TestApp, language: string, q: string) =>
    (await site.features.search.search({ language, q, page: 1 })).hits.map((hit) => `${hit.storyId} ${hit.language}`);

  before(async () => {
    engine = await startGlossaryEngine();
    const engines = { apertium: null, libreTranslate: { url: engine.url, apiKey: null }, deepl: null, google: null };
    withEngine = await startTestApp(dialect, { config: { engines } });
    withoutEngine = await startTestApp(dialect);
    storyId = await withEngine.features.stories.createStory(story);
    await withoutEngine.features.stories.createStory(story);
  });
  after(async () => {
    await withEngine?.close();
    await withoutEngine?.close();
    await engine?.close();
  });

  it('finds an Arabic-only story from an English query through the engine, labelled Arabic, translating the query once', async () => {
    assert.deepEqual(await found(withEngine, 'en', 'manuscripts'), [`${storyId} ar`]);
    const translated = engine.translations();
    assert.deepEqual(await found(withEngine, 'en', 'manuscripts'), [`${storyId} ar`]);
    assert.equal(engine.translations(), translated, 'the second search used the translation memory');
    const page = await withEngine.app.inject(`/en/search?q=manuscripts`);
    assert.match(page.body, /class="search-result__language">In Arabic</);
    assert.match(page.body, /<h3 class="search-result__title" lang="ar" dir="rtl">/);
  });

  it('finds the story by its name in either script: الإيسيسكو from English, ICESCO written in the Arabic text', async () => {
    assert.deepEqual(await found(withEngine, 'en', 'ICESCO'), [`${storyId} ar`]);
    assert.deepEqual(await found(withoutEngine, 'en', 'ICESCO heritage'), [`${storyId} ar`], 'words the story shares, without an engine');
  });

  it('without an engine, finds other languages’ stories only by the words they share', async () => {
    assert.deepEqual(await found(withoutEngine, 'en', 'manuscripts'), []);
    assert.deepEqual(await found(withoutEngine, 'fr', '3000'), [`${storyId} ar`], 'numbers');
  });
});
