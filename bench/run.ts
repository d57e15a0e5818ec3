/**
 * Load test of the public pages (`npm run bench`), side by side in one run on 127.0.0.1: nginx
 * serving the same HTML as static files (the yardstick), Diwan with its page cache, and Diwan
 * rendering every request (PAGE_CACHE_MB=0). Same connections and duration for each; results are
 * read as ratios to nginx, because this machine is shared and noisy: the three take turns for
 * BENCH_ROUNDS rounds, each round's ratio is taken against that round's nginx, and the table shows
 * medians. Bounded: a few seconds per target and round.
 * Then the visitor-feedback benchmark (bench/feedback.ts): survey submissions under load, and the
 * dashboard over a million answers. Then machine translation (bench/translation.ts): a story's first
 * machine translation through a real Apertium APY, and its cached page against the human one. Then search
 * (bench/search.ts): index build and query times over 100,000 generated stories in three languages.
 *   BENCH_SECONDS=8 BENCH_CONNECTIONS=32 BENCH_ROUNDS=3 npm run bench
 * Then the WordPress import (bench/wordpress-import.ts): 10,000 generated posts in three languages, and search
 * (bench/search.ts): 100,000 generated stories in three languages.
 *   BENCH_ONLY=pages npm run bench      (or BENCH_ONLY=feedback, translation, import or search)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { benchFeedback } from './feedback.ts';
import { startNginx } from './nginx.ts';
import { benchSearch } from './search.ts';
import { benchTranslation } from './translation.ts';
import { benchImport } from './wordpress-import.ts';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ROUNDS must be a whole number of at least 1, not "${process.env.BENCH_ROUNDS}"`);
export const PAGES = { article: '/en/news/icesco-indonesia-new-routes-for-cooperation', home: '/en/' } as const;
const BENCHMARKS = ['pages', 'feedback', 'translation', 'import', 'search'] as const;

export interface Result {
  page: string;
  server: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx replies. */
  errors: number;
  non2xx: number;
  /** 2xx replies. */
  succeeded: number;
}

/**
 * As `npm start` and deploy/diwan.service run Diwan: a 4 MB young generation and a 128 MB old
 * generation (5 times what an instance keeps alive) hold RSS near 140 MB serving cached pages and
 * 200 MB rendering every request under load.
 */
export const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=4 --max-old-space-size=128').split(' ').filter(Boolean);

const randomPort = () => 20000 + Math.floor(Math.random() * 20000);

/** The machine and runtime, for the line above each table. */
export const machine = () => `${os.cpus().length} CPUs, Node ${process.version}, SQLite`;

/** One autocannon run with the bench's connections and duration, unless `options` says otherwise. */
export async function load(page: string, server: string, options: autocannon.Options): Promise<Result> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    page,
    server,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
    succeeded: result['2xx'],
  };
}

async function measure(page: string, server: string, url: string): Promise<Result> {
  await load(page, server, { url, duration: 1 }); // warm-up
  return load(page, server, { url });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The SQLite file of a bench directory. */
export const databaseFile = (dir: string) => path.join(dir, 'bench.sqlite');
const storageEnv = (dir: string) => ({ DATABASE_URL: `sqlite:${databaseFile(dir)}`, DIWAN_MEDIA_DIR: path.join(dir, 'media') });

/** Migrates and seeds the demo newsroom into `dir` (drawing images with sharp: a one-time cost). */
export async function seed(dir: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['dist/cli.js', 'seed'], { env: { ...process.env, ...storageEnv(dir) } });
}

export async function startDiwan(dir: string, env: Record<string, string>): Promise<{ origin: string; child: ChildProcess }> {
  const port = randomPort();
  const child = spawn(process.execPath, [...NODE_FLAGS, 'dist/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...storageEnv(dir), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('Diwan did not start within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, child };
}

/** Peak resident memory of a process so far, in MB (Linux). */
export function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) / 1024);
  } catch {
    return null;
  }
}

/** nginx, Diwan with its page cache and Diwan rendering every request, on the article and the home page. */
async function benchPages(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-bench-'));
  // The servers measured start on seeded data.
  await seed(dir);
  const cached = await startDiwan(dir, {});
  const uncached = await startDiwan(dir, { PAGE_CACHE_MB: '0' });
  const files = Object.fromEntries(await Promise.all(Object.values(PAGES).map(async (p) => [p, await (await fetch(`${cached.origin}${p}`)).text()])));
  const nginx = await startNginx(dir, randomPort(), files);
  try {
    const rows: Record<string, unknown>[] = [];
    for (const [page, urlPath] of Object.entries(PAGES)) {
      const targets = [
        ...(nginx ? [{ server: 'nginx, static file', origin: nginx.origin }] : []),
        { server: 'Diwan, page cache', origin: cached.origin },
        { server: 'Diwan, rendering each request', origin: uncached.origin },
      ];
      const rounds: Result[][] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const results: Result[] = [];
        for (const target of targets) results.push(await measure(page, target.server, `${target.origin}${urlPath}`));
        rounds.push(results);
      }
      targets.forEach((target, index) => {
        const results = rounds.map((round) => round[index]!);
        const ratios = nginx ? rounds.map((round) => round[index]!.requestsPerSecond / round[0]!.requestsPerSecond) : [];
        rows.push({
          page,
          server: target.server,
          'req/s': Math.round(median(results.map((r) => r.requestsPerSecond))),
          'vs nginx': nginx ? `${(median(ratios) * 100).toFixed(0)}%` : '—',
          'p50 ms': median(results.map((r) => r.p50)),
          'p99 ms': median(results.map((r) => r.p99)),
          'errors, all rounds': results.reduce((sum, r) => sum + r.errors, 0),
        });
      });
    }
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s per target, median of ${ROUNDS} rounds taken in turn, ${machine()}`);
    if (!nginx) console.log('nginx is not installed (Debian: apt-get install nginx-light); no yardstick in this run.');
    console.table(rows);
    console.log(
      `Peak memory (RSS) over the run: Diwan with page cache ${peakRssMb(cached.child.pid)} MB, rendering each request ${peakRssMb(uncached.child.pid)} MB`,
    );
  } finally {
    nginx?.stop();
    cached.child.kill('SIGTERM');
    uncached.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.env.BENCH_ONLY;
if (only && !(BENCHMARKS as readonly string[]).includes(only)) throw new Error(`BENCH_ONLY must be one of ${BENCHMARKS.join(', ')}, not "${only}"`);
if (!only || only === 'pages') await benchPages();
if (!only || only === 'feedback') await benchFeedback();
if (!only || only === 'translation') await benchTranslation();
if (!only || only === 'import') await benchImport();
if (!only || only === 'search') await benchSearch();
