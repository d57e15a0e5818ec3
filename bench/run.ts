/**
 * Load test of the public pages (`npm run bench`), side by side in one run on 127.0.0.1: nginx
 * serving the same HTML as static files (the yardstick), Diwan with its page cache, and Diwan
 * rendering every request (PAGE_CACHE_MB=0). Same connections and duration for each; results are
 * read as ratios to nginx, because this machine is shared and noisy. Bounded: a few seconds each.
 * Then the visitor-feedback benchmark (bench/feedback.ts): survey submissions under load, and the
 * dashboard over a million answers. Then machine translation (bench/translation.ts): a story's first
 * machine translation through a real Apertium APY, and its cached page against the human one.
 *   BENCH_SECONDS=8 BENCH_CONNECTIONS=32 npm run bench
 *   BENCH_ONLY=pages npm run bench      (or BENCH_ONLY=feedback, BENCH_ONLY=translation)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { benchFeedback } from './feedback.ts';
import { startNginx } from './nginx.ts';
import { benchTranslation } from './translation.ts';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
export const PAGES = { article: '/en/news/icesco-indonesia-new-routes-for-cooperation', home: '/en/' } as const;
const BENCHMARKS = ['pages', 'feedback', 'translation'] as const;

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

export /** As `npm start` and deploy/diwan.service run Diwan: a young generation capped at 16 MB keeps RSS low under load. */
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=16').split(' ').filter(Boolean);

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
    const results: Result[] = [];
    for (const [page, urlPath] of Object.entries(PAGES)) {
      if (nginx) results.push(await measure(page, 'nginx, static file', `${nginx.origin}${urlPath}`));
      results.push(await measure(page, 'Diwan, page cache', `${cached.origin}${urlPath}`));
      results.push(await measure(page, 'Diwan, rendering each request', `${uncached.origin}${urlPath}`));
    }
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s per target, ${machine()}`);
    if (!nginx) console.log('nginx is not installed (Debian: apt-get install nginx-light); no yardstick in this run.');
    console.table(
      results.map((r) => {
        const yardstick = results.find((other) => other.page === r.page && other.server.startsWith('nginx'));
        return {
          page: r.page,
          server: r.server,
          'req/s': r.requestsPerSecond,
          'vs nginx': yardstick ? `${((r.requestsPerSecond / yardstick.requestsPerSecond) * 100).toFixed(0)}%` : '—',
          'p50 ms': r.p50,
          'p99 ms': r.p99,
          errors: r.errors,
        };
      }),
    );
    console.log(`Peak memory (RSS) over the run: Diwan with page cache ${peakRssMb(cached.child.pid)} MB, rendering each request ${peakRssMb(uncached.child.pid)} MB`);
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
