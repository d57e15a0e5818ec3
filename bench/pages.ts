/**
 * The public pages under load (`BENCH_ONLY=pages npm run bench`), every server on 127.0.0.1 and on
 * the same seeded SQLite file, taking turns for BENCH_ROUNDS rounds with the same connections and
 * duration. Three yardsticks: nginx serving the page as a static file (`worker_processes auto`), a
 * bare Node `http` server sending the same bytes and headers from memory (the runtime's own ceiling
 * in one process; and, after as much CPU work as a rendered page takes, the machine's own gain from a
 * second process on such work), and, with BENCH_BASELINE=<a built checkout of an older Diwan>, that Diwan rendering
 * every request. Diwan runs with its page cache and rendering every request (PAGE_CACHE_MB=0), in one
 * process and with DIWAN_WORKERS=auto. Each ratio is taken within a round, the tables show medians:
 * this machine is shared and noisy, and only ratios from one run compare.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/testing/free-port.ts';
import { roundsFor } from './cpu-work.mjs';
import {
  CONNECTIONS,
  DURATION,
  fileBackedMb,
  machine,
  measure,
  median,
  PAGES,
  peakRssMb,
  processTree,
  type Result,
  ROUNDS,
  type RunningDiwan,
  rssMb,
  seed,
  startDiwan,
  stopDiwan,
  workersOf,
} from './harness.ts';
import { BENCH_ADMIN, invalidationAcrossWorkers } from './invalidation.ts';
import { type StaticServer, startNginx } from './nginx.ts';

type Server = 'nginx' | 'bare' | 'bareAll' | 'working' | 'workingAll' | 'cached' | 'cachedAll' | 'baseline' | 'rendering' | 'renderingAll';
const WORKERS = os.availableParallelism();
/** CPU time the working bare server spends on each request: about what a rendered article costs here. */
const WORK_US = Number(process.env.BENCH_WORK_US ?? 500);
if (!Number.isInteger(WORK_US) || WORK_US < 1) throw new Error(`BENCH_WORK_US must be a whole number of microseconds, not "${process.env.BENCH_WORK_US}"`);
const LABELS: Record<Server, string> = {
  nginx: 'nginx, static file',
  bare: 'bare Node http, same bytes',
  bareAll: `bare Node http, ${WORKERS} processes`,
  working: `bare Node http, ${WORK_US} µs of work a request`,
  workingAll: `bare Node http, ${WORK_US} µs of work, ${WORKERS} processes`,
  cached: 'Diwan, page cache, 1 process',
  cachedAll: `Diwan, page cache, ${WORKERS} workers`,
  baseline: 'baseline Diwan, rendering, 1 process',
  rendering: 'Diwan, rendering, 1 process',
  renderingAll: `Diwan, rendering, ${WORKERS} workers`,
};

interface Page {
  headers: Record<string, string>;
  body: Buffer;
}

/** A page as a client that asks for no compression gets it (wrk asks for none). */
function capture(origin: string, urlPath: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}${urlPath}`, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`${urlPath} answered ${response.statusCode}`));
          const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...headers } = response.headers as Record<string, string>;
          resolve({ headers, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

/** Servers of several processes are compared with the bare Node server of as many processes. */
const ON_EVERY_CORE: readonly Server[] = ['bareAll', 'workingAll', 'cachedAll', 'renderingAll'];
const bareOfSameSize = (server: Server): Server => (ON_EVERY_CORE.includes(server) ? 'bareAll' : 'bare');

/** `workRounds` rounds of bench/cpu-work.mjs before each answer (none: the runtime's ceiling). */
async function startBareNode(dir: string, pages: Record<string, Page>, processes: number, workRounds = 0): Promise<StaticServer> {
  const file = path.join(dir, `bare-pages-${processes}-${workRounds}.json`);
  const saved = Object.fromEntries(Object.entries(pages).map(([urlPath, page]) => [urlPath, { headers: page.headers, body: page.body.toString('base64') }]));
  fs.writeFileSync(file, JSON.stringify(saved));
  const port = await freePort();
  const child = fork('bench/bare-node-server.mjs', [String(port), file, String(processes), String(workRounds)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => child.once('message', resolve).once('exit', reject));
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

export async function benchPages(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-bench-'));
  const baselineRoot = process.env.BENCH_BASELINE;
  const baselineDir = baselineRoot ? fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-bench-baseline-')) : null;
  const running: RunningDiwan[] = [];
  const stops: (() => void)[] = [];
  const start = async (env: Record<string, string>, at = dir, root = '.') => {
    const diwan = await startDiwan(at, env, root);
    running.push(diwan);
    return diwan;
  };
  try {
    await seed(dir);
    if (baselineRoot && baselineDir) await seed(baselineDir, baselineRoot);
    const diwan = {
      cached: await start({}),
      cachedAll: await start({ DIWAN_WORKERS: 'auto', ...BENCH_ADMIN }),
      rendering: await start({ PAGE_CACHE_MB: '0' }),
      renderingAll: await start({ PAGE_CACHE_MB: '0', DIWAN_WORKERS: 'auto' }),
      ...(baselineRoot && baselineDir ? { baseline: await start({ PAGE_CACHE_MB: '0' }, baselineDir, baselineRoot) } : {}),
    };
    const pages: Record<string, Page> = {};
    for (const urlPath of Object.values(PAGES)) pages[urlPath] = await capture(diwan.cached.origin, urlPath);
    const nginx = await startNginx(dir, await freePort(), Object.fromEntries(Object.entries(pages).map(([urlPath, page]) => [urlPath, page.body.toString()])));
    if (nginx) stops.push(nginx.stop);
    const bare = await startBareNode(dir, pages, 1);
    stops.push(bare.stop);
    const bareAll = await startBareNode(dir, pages, WORKERS);
    stops.push(bareAll.stop);
    const workRounds = roundsFor(WORK_US);
    const working = await startBareNode(dir, pages, 1, workRounds);
    stops.push(working.stop);
    const workingAll = await startBareNode(dir, pages, WORKERS, workRounds);
    stops.push(workingAll.stop);
    const started: Partial<Record<Server, { origin: string; pid: number }>> = {
      ...(nginx ? { nginx } : {}),
      bare,
      bareAll,
      working,
      workingAll,
      ...Object.fromEntries(Object.entries(diwan).map(([server, running]) => [server, { origin: running.origin, pid: running.child.pid! }])),
    };
    const origins = Object.fromEntries(Object.entries(started).map(([server, { origin }]) => [server, origin])) as Partial<Record<Server, string>>;
    const processesOf = (server: Server) => () => processTree(started[server]!.pid);
    const servers = (Object.keys(LABELS) as Server[]).filter((server) => origins[server]);

    // Round after round, every server in turn on every page.
    const rounds: Record<string, Record<Server, Result>[]> = {};
    for (const [page, urlPath] of Object.entries(PAGES)) {
      rounds[page] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const results = {} as Record<Server, Result>;
        for (const server of servers) results[server] = await measure(page, LABELS[server], `${origins[server]}${urlPath}`, CONNECTIONS, processesOf(server));
        rounds[page].push(results);
      }
    }
    // One connection: a request's own latency, rendered.
    const single: Partial<Record<Server, Result>>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results: Partial<Record<Server, Result>> = {};
      for (const server of ['baseline', 'rendering'] as const)
        if (origins[server]) results[server] = await measure('article', LABELS[server], `${origins[server]}${PAGES.article}`, 1);
      single.push(results);
    }

    const ratio = (page: string, server: Server, to: Server) =>
      origins[to] ? median(rounds[page]!.map((round) => round[server].requestsPerSecond / round[to].requestsPerSecond)) : null;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s per server, median of ${ROUNDS} rounds taken in turn; ${machine()}`);
    if (!nginx) console.log('nginx is not installed (Debian: apt-get install nginx-light); no static-file yardstick in this run.');
    console.table(
      Object.keys(PAGES).flatMap((page) =>
        servers.map((server) => {
          const results = rounds[page]!.map((round) => round[server]);
          const vsNginx = ratio(page, server, 'nginx');
          return {
            page,
            server: LABELS[server],
            'req/s': Math.round(median(results.map((r) => r.requestsPerSecond))),
            'vs nginx': vsNginx === null ? '—' : percent(vsNginx),
            'vs bare Node, as many processes': percent(ratio(page, server, bareOfSameSize(server))!),
            'CPU µs/req': median(results.map((r) => r.cpuPerRequest ?? 0)),
            'p50 ms': median(results.map((r) => r.p50)),
            'p99 ms': median(results.map((r) => r.p99)),
            'errors, all rounds': results.reduce((sum, r) => sum + r.errors, 0),
          };
        }),
      ),
    );

    /** The largest of a server's workers by one reading of its memory. */
    const largestWorker = (server: 'cachedAll' | 'renderingAll', read: (pid: number) => number | null) =>
      Math.max(...workersOf(diwan[server].child.pid!).map((pid) => read(pid) ?? 0));
    const rssOf = (server: 'cachedAll' | 'renderingAll') => largestWorker(server, rssMb);
    const peakOf = (server: 'cachedAll' | 'renderingAll') => largestWorker(server, peakRssMb);
    const sharedOf = (server: 'cachedAll' | 'renderingAll') => largestWorker(server, fileBackedMb);
    const latestRss = Math.max(rssOf('cachedAll'), rssOf('renderingAll'));
    const memoryOf = (server: 'cachedAll' | 'renderingAll') =>
      `${rssOf(server)} MB (peak ${peakOf(server)}; ${sharedOf(server)} MB of it mapped from files, shared by the workers)`;
    const memory = `cached ${memoryOf('cachedAll')}, rendering ${memoryOf('renderingAll')}`;
    const singleP50 = (server: 'baseline' | 'rendering') => (origins[server] ? median(single.map((round) => round[server]!.p50)) : null);
    const invalidation = await invalidationAcrossWorkers(dir, diwan.cachedAll.origin, WORKERS);
    const shown = invalidation.map((figure) => figure.shown);
    const edits = invalidation.map((figure) => figure.edit);
    const errors = Object.values(rounds).flatMap((page) => page.flatMap((round) => Object.values(round).map((r) => r.errors)));
    const baselineRatio = ratio('article', 'rendering', 'baseline');
    // The same comparison in CPU time: the baseline's per request over this one's, round by round.
    const baselineCpuRatio = origins.baseline
      ? median(rounds.article!.map((round) => (round.baseline.cpuPerRequest ?? 0) / (round.rendering.cpuPerRequest ?? 1)))
      : null;
    const baselineP50 = singleP50('baseline');
    const met = (ok: boolean | null) => (ok === null ? '— (set BENCH_BASELINE)' : ok ? 'yes' : 'NO');
    console.log(`\nThe article against the targets (${WORKERS} workers for "all"; rendered p50 at 1 connection, median of ${ROUNDS} runs of ${DURATION} s)`);
    console.table([
      {
        target: 'cached, 1 process ≥ 90% of bare Node',
        measured: percent(ratio('article', 'cached', 'bare')!),
        met: met(ratio('article', 'cached', 'bare')! >= 0.9),
      },
      {
        target: 'cached, all workers ≥ 75% of nginx',
        measured: nginx
          ? `${percent(ratio('article', 'cachedAll', 'nginx')!)} (bare Node on ${WORKERS} processes: ${percent(ratio('article', 'bareAll', 'nginx')!)})`
          : '— (no nginx)',
        met: nginx ? met(ratio('article', 'cachedAll', 'nginx')! >= 0.75) : '—',
      },
      {
        target: 'rendered, 1 process ≥ 1.5× the baseline',
        measured: baselineRatio === null ? '—' : `${times(baselineRatio)} (in CPU time per request: ${times(baselineCpuRatio!)})`,
        met: met(baselineRatio === null ? null : baselineRatio >= 1.5),
      },
      {
        target: 'rendered, all workers ≥ 1.8× 1 process',
        measured: `${times(ratio('article', 'renderingAll', 'rendering')!)} (bare Node doing ${WORK_US} µs of work a request: ${times(ratio('article', 'workingAll', 'working')!)})`,
        met: met(ratio('article', 'renderingAll', 'rendering')! >= 1.8),
      },
      {
        target: 'rendered p50 at 1 connection < 0.6 ms',
        measured: `${singleP50('rendering')} ms${baselineP50 === null ? '' : ` (baseline ${baselineP50} ms)`}`,
        met: met(singleP50('rendering')! < 0.6),
      },
      { target: 'each worker < 150 MB RSS after the load', measured: `largest worker: ${memory}`, met: met(latestRss < 150) },
      {
        target: 'an edit shows on every worker within 100 ms',
        measured: `median ${median(shown).toFixed(0)} ms, at most ${Math.max(...shown).toFixed(0)} ms after the edit's answer, over ${shown.length} edits (each edit took ${Math.min(...edits).toFixed(0)}–${Math.max(...edits).toFixed(0)} ms)`,
        met: met(Math.max(...shown) <= 100),
      },
      { target: 'no errors under load', measured: String(errors.reduce((sum, n) => sum + n, 0)), met: met(errors.every((n) => n === 0)) },
    ]);
  } finally {
    for (const stop of stops) stop();
    await Promise.all(running.map((diwan) => stopDiwan(diwan.child)));
    fs.rmSync(dir, { recursive: true, force: true });
    if (baselineDir) fs.rmSync(baselineDir, { recursive: true, force: true });
  }
}
