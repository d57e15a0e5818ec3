/**
 * DIWAN_WORKERS=2: two serving processes behind one port, on SQLite and on PostgreSQL. A change made
 * through one shows on pages served by both, the scheduler runs in one, a killed worker is replaced
 * while the site keeps serving, and SIGTERM lets every worker finish what it was answering.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { createLocalChangeBus } from '../src/changes/index.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { createFeatures } from '../src/features.ts';
import { createScratchDatabase, databaseUrl, type ScratchDatabase } from '../src/testing/databases.ts';
import { describeOnEachDatabase } from '../src/testing/dialects.ts';
import { freePort } from '../src/testing/free-port.ts';
import { HttpBrowser } from '../src/testing/http-browser.ts';

const ADMIN = { email: 'admin@example.org', password: 'a long enough password' };
const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';

interface Cluster {
  primary: ChildProcess;
  origin: string;
  log: () => string;
  exited: Promise<number | null>;
}

async function startCluster(scratch: ScratchDatabase, env: Record<string, string> = {}): Promise<Cluster> {
  const port = await freePort();
  const primary = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(scratch.target),
      DIWAN_MEDIA_DIR: `${scratch.dir}/media`,
      DIWAN_WORKERS: '2',
      DIWAN_SCHEDULER_SECONDS: '1',
      DIWAN_ADMIN_EMAIL: ADMIN.email,
      DIWAN_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  primary.stdout!.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (!/with 2 workers/.test(log)) {
    if (primary.exitCode !== null || Date.now() > deadline) throw new Error(`the cluster did not start:\n${log.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { primary, origin: `http://127.0.0.1:${port}`, log: () => log, exited };
}

/** The worker processes of a primary, from the kernel's process table (not the compiler tsx runs beside it). */
function workersOf(primary: ChildProcess): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const parent = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1];
        return parent === String(primary.pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A page over a connection of its own, so that the primary hands each request to the next worker. */
async function fresh(origin: string, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${origin}${path}`, { headers: { connection: 'close' } });
  return { status: response.status, body: await response.text() };
}

await describeOnEachDatabase('several workers on one port', (dialect) => {
  let scratch: ScratchDatabase;
  let site: Cluster;

  before(async () => {
    scratch = await createScratchDatabase(dialect);
    site = await startCluster(scratch);
  });
  after(async () => {
    if (site?.primary.exitCode === null) {
      site.primary.kill('SIGTERM');
      await site.exited;
    }
    await scratch?.drop();
  });

  it('shows a change made through one worker on the pages every worker serves, within a second', async () => {
    for (let i = 0; i < 4; i++) assert.doesNotMatch((await fresh(site.origin, ARTICLE)).body, /Learning and Schools/);
    const admin = new HttpBrowser(site.origin);
    assert.equal((await admin.signIn(ADMIN.email, ADMIN.password)).status, 303);
    const handle = openDatabase(scratch.target);
    const section = await handle.db.selectFrom('terms').select('id').where('slug', '=', 'education').executeTakeFirstOrThrow();
    await handle.close();
    const form = { slug: 'education', 'name-en': 'Learning and Schools', 'name-fr': 'Éducation', 'name-ar': 'التربية' };
    const started = performance.now();
    assert.equal((await admin.post(`/admin/taxonomy/section/${section.id}`, form, `/admin/taxonomy/section/${section.id}`)).status, 303);
    let inARow = 0;
    while (inARow < 4) {
      inARow = /Learning and Schools/.test((await fresh(site.origin, ARTICLE)).body) ? inARow + 1 : 0;
      assert.ok(performance.now() - started < 1000, 'some worker still serves the old name after a second');
    }
  });

  it('publishes a scheduled story once, from the one worker that runs the scheduler', async () => {
    const handle = openDatabase(scratch.target);
    const features = createFeatures(handle.db, loadConfig({ DIWAN_MEDIA_DIR: `${scratch.dir}/media` }), createLocalChangeBus(console));
    await features.settings.load();
    await features.stories.createStory({
      translations: [
        { language: 'en', slug: 'due-soon', title: 'Due soon', summary: 'S.', bodyHtml: '<p>B.</p>', publishedAt: new Date(Date.now() + 1500).toISOString() },
      ],
    });
    await handle.close();
    const deadline = Date.now() + 10_000;
    while ((await fresh(site.origin, '/en/news/due-soon')).status !== 200) {
      assert.ok(Date.now() < deadline, 'the story was not published within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const published = site
      .log()
      .split('\n')
      .filter((line) => line.includes('published scheduled translations'));
    assert.equal(published.length, 1, published.join('\n'));
    assert.equal(
      site
        .log()
        .split('\n')
        .filter((line) => line.includes('runs the scheduler and upkeep')).length,
      1,
    );
  });

  it('replaces a worker killed outright, and keeps serving meanwhile', async () => {
    const [victim, survivor] = workersOf(site.primary);
    assert.ok(victim && survivor);
    process.kill(victim, 'SIGKILL');
    for (let i = 0; i < 10; i++) {
      const answer = await fresh(site.origin, ARTICLE).catch(() => fresh(site.origin, ARTICLE));
      assert.equal(answer.status, 200);
    }
    const deadline = Date.now() + 60_000;
    while (!(workersOf(site.primary).length === 2 && !workersOf(site.primary).includes(victim))) {
      assert.ok(Date.now() < deadline, 'no new worker started');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    while (!/a worker died; starting another/.test(site.log())) {
      assert.ok(Date.now() < deadline, 'the primary did not say a worker died');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});

await describeOnEachDatabase('stopping several workers', (dialect) => {
  it('lets every worker finish the requests it is answering when the primary gets SIGTERM', async () => {
    // A translation engine that takes its time, so requests are still being answered when SIGTERM comes.
    const engine = http.createServer((request, response) => {
      const body: Buffer[] = [];
      request.on('data', (chunk: Buffer) => body.push(chunk));
      request.on('end', () => {
        response.setHeader('content-type', 'application/json');
        if (request.url === '/languages') return void response.end(JSON.stringify([{ code: 'en', name: 'English', targets: ['es'] }]));
        const { q } = JSON.parse(Buffer.concat(body).toString()) as { q: string[] };
        setTimeout(() => response.end(JSON.stringify({ translatedText: q.map((text) => `[es] ${text}`) })), 1500);
      });
    });
    await new Promise<void>((resolve) => engine.listen(0, '127.0.0.1', resolve));
    const scratch = await createScratchDatabase(dialect);
    const site = await startCluster(scratch, {
      LIBRETRANSLATE_URL: `http://127.0.0.1:${(engine.address() as AddressInfo).port}`,
      TRANSLATION_WAIT_MS: '20000',
    });
    try {
      const inFlight = [ARTICLE, '/en/news/icesco-indonesia-new-routes-for-cooperation?x=1'].map((path) => fresh(site.origin, path.replace('/en/', '/es/')));
      await new Promise((resolve) => setTimeout(resolve, 300));
      site.primary.kill('SIGTERM');
      for (const answer of await Promise.all(inFlight)) {
        assert.equal(answer.status, 200);
        assert.match(answer.body, /\[es\] ICESCO-Indonesia/);
      }
      assert.equal(await site.exited, 0);
      assert.deepEqual(workersOf(site.primary), []);
    } finally {
      site.primary.kill('SIGKILL');
      await new Promise<void>((resolve) => engine.close(() => resolve()));
      await scratch.drop();
    }
  });
});
