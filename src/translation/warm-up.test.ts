/** `diwan translate --to <lang> --all` run as a child process against a real Apertium APY and a scratch database. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../http/assets.ts';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../testing/apertium.ts';
import { databaseUrl } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { progressOn } from './warm-up.ts';

const ENGLISH_ONLY = 'english-only-agreement';
const ENGINE_VARIABLES = [
  'APERTIUM_URL',
  'LIBRETRANSLATE_URL',
  'LIBRETRANSLATE_API_KEY',
  'DEEPL_API_KEY',
  'DEEPL_API_URL',
  'GOOGLE_TRANSLATE_API_KEY',
  'GOOGLE_TRANSLATE_API_URL',
];

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

await describeOnEachDatabase('diwan translate --to <lang> --all, through Apertium', { skip: skipUnlessApertium() }, (dialect) => {
  let apy: RunningApertium;
  let site: TestApp;
  /** Published stories whose original Apertium takes to Spanish (English, French), and the Arabic ones it cannot. */
  let toSpanish: string[];
  let arabic: string[];

  function cli(args: string[], engines: Record<string, string> = { APERTIUM_URL: apy.url }): Promise<CliRun> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl(site.config.database), LOG_LEVEL: 'silent', ...engines };
    for (const name of ENGINE_VARIABLES) if (!(name in engines)) delete env[name];
    return new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: projectRoot(), env, timeout: 120_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });
  }
  const usage = async () => (await site.features.machineTranslation.usage()).find((u) => u.engine === 'apertium')!;
  const spanishTranslations = async () =>
    (await site.database.db.selectFrom('machineTranslations').select('storyId').where('language', '=', 'es').execute()).length;

  before(async () => {
    apy = await startApertium();
    site = await startTestApp(dialect, {
      seed: true,
      config: { engines: { apertium: { url: apy.url }, libreTranslate: null, deepl: null, google: null }, translationWaitMs: 30_000 },
    });
    await site.features.stories.createStory({
      translations: [
        {
          language: 'en',
          slug: ENGLISH_ONLY,
          title: 'The new agreement was signed',
          summary: 'A short story in English only.',
          bodyHtml: '<p>The new agreement was signed on Monday in Rabat.</p><p>The two partners will open a joint library next spring.</p>',
          publishedAt: new Date(Date.now() - 1000).toISOString(),
        },
      ],
    });
    const originals = await site.features.stories.originals();
    toSpanish = originals.filter((story) => story.language === 'en' || story.language === 'fr').map((story) => story.slug);
    arabic = originals.filter((story) => story.language === 'ar').map((story) => story.slug);
    assert.ok(
      originals.every((story) => !story.publishedIn.includes('es')),
      'the demo has no Spanish of its own',
    );
  });
  after(async () => {
    await site?.close();
    await apy?.stop();
  });

  it('translates every story whose original Apertium reaches Spanish from, one plain line each, and sums up', async () => {
    assert.ok(toSpanish.includes(ENGLISH_ONLY));
    assert.ok(toSpanish.length > 20);
    const before = await usage();
    const run = await cli(['translate', '--to', 'es', '--all']);
    assert.equal(run.code, 0, run.stderr);
    const total = toSpanish.length;
    const translatedLines = run.stderr.split('\n').filter((line) => line.startsWith('translated '));
    assert.equal(translatedLines.length, total);
    for (const [i, line] of translatedLines.entries()) assert.match(line, new RegExp(`^translated ${i + 1}/${total}: \\S+$`));
    assert.deepEqual(translatedLines.map((line) => line.slice(line.indexOf(': ') + 2)).sort(), [...toSpanish].sort());
    assert.doesNotMatch(run.stderr, /^failed /m);
    // The demo's Arabic originals: no Apertium pair starts from Arabic; said, not failed.
    for (const slug of arabic) assert.match(run.stderr, new RegExp(`^skipped: ${slug}: no configured engine translates ar → es$`, 'm'));
    assert.match(run.stdout, new RegExp(`^Machine translation into Spanish \\(es\\): ${total} of ${total} stories translated, 0 failed\\.$`, 'm'));
    assert.match(run.stdout, new RegExp(`${arabic.length} stories skipped: no configured engine translates ar → es\\.`));
    const after = await usage();
    assert.ok(after.characters > before.characters);
    assert.match(run.stdout, new RegExp(`Apertium: ${(after.characters - before.characters).toLocaleString('en')} characters sent`));
    assert.match(run.stdout, /translation memory hits this month \d+ before, \d+ after/);
    assert.equal(await spanishTranslations(), total);

    // Readers get the stored translation at once.
    const page = await site.app.inject({ method: 'GET', url: `/es/news/${ENGLISH_ONLY}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Aviso: está leyendo una traducción automática de Apertium/);
    assert.match(page.body, /acuerdo/);
    assert.equal((await usage()).characters, after.characters, 'the page did not go to the engine');
  });

  it('a second run sends nothing to the engine: every segment comes from the translation memory', async () => {
    const before = await usage();
    const run = await cli(['translate', '--to', 'es', '--all']);
    assert.equal(run.code, 0, run.stderr);
    const after = await usage();
    assert.equal(after.characters, before.characters);
    assert.equal(after.requests, before.requests);
    assert.ok(after.memoryHits > before.memoryHits);
    assert.match(run.stdout, new RegExp(`${toSpanish.length} of ${toSpanish.length} stories translated, 0 failed`));
    assert.match(
      run.stdout,
      new RegExp(
        `Apertium: 0 characters sent \\(0 stories went to the engine\\); translation memory hits this month ${before.memoryHits.toLocaleString('en')} before, ${after.memoryHits.toLocaleString('en')} after`,
      ),
    );
  });

  it('refuses a language no engine reaches, naming it, with exit code 2 and no stack trace', async () => {
    const before = await usage();
    const run = await cli(['translate', '--to', 'de', '--all']);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /^diwan: translate: no configured engine \(Apertium\) translates into "de" \(German\) from the languages the stories are written in \(ar, en, fr\); they reach [a-z, ]*es/,
    );
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(run.stdout, '');
    assert.equal((await usage()).requests, before.requests);
  });

  it('refuses to run without an engine, and on bad arguments, with exit code 2', async () => {
    const none = await cli(['translate', '--to', 'es', '--all'], {});
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^diwan: translate: no machine translation engine is configured: set APERTIUM_URL/);
    const cases: [string[], RegExp][] = [
      [['translate', '--to', 'es'], /translate needs --all/],
      [['translate', '--all'], /translate needs --to <language>/],
      [['translate', '--to', 'es', '--all', '--fast'], /unknown option "--fast"/],
      [['translate', '--to', '--all'], /--to needs a language code/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    }
  });
});

describe('the warm-up’s progress on a terminal', () => {
  it('redraws one bar and prints failures on lines of their own', () => {
    let written = '';
    const stream = {
      isTTY: true,
      columns: 200,
      write: (chunk: string) => {
        written += chunk;
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    const progress = progressOn(stream, { width: 10 });
    progress.start(4);
    progress.begin(1, 'first');
    progress.translated(1, 'first');
    progress.begin(2, 'second');
    progress.failed(2, 'second', 'apertium: unavailable: fetch failed');
    progress.finish();
    const screen = written.split('\r\x1b[2K');
    assert.ok(screen.includes('[----------] 0/4 stories'));
    assert.ok(screen.includes('[----------] 0/4 stories  first'));
    assert.ok(screen.includes('[###-------] 1/4 stories'));
    assert.ok(screen.includes('failed 2/4: second: apertium: unavailable: fetch failed\n'));
    assert.equal(screen.at(-1), '[#####-----] 2/4 stories\n');
  });
});
