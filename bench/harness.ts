/**
 * What every benchmark uses: the load generator (Debian's `wrk`; autocannon, with a warning, when wrk is
 * missing), Diwan started as `npm start` runs it on a seeded scratch folder, and medians. Loopback only.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from '../src/testing/free-port.ts';
import { hasWrk, runWrk } from './wrk.ts';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ROUNDS must be a whole number of at least 1, not "${process.env.BENCH_ROUNDS}"`);
export const PAGES = { article: '/en/news/icesco-indonesia-new-routes-for-cooperation', home: '/en/' } as const;

export interface Result {
  page: string;
  server: string;
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx replies. */
  errors: number;
  non2xx: number;
  /** 2xx replies. */
  succeeded: number;
  /** What wrk printed (absent under autocannon). */
  output?: string;
  /** CPU time the server's processes spent per request, in µs (when `measure` was told their pids). */
  cpuPerRequest?: number;
}

/**
 * As `npm start` and deploy/diwan.service run Diwan: a 4 MB young generation and a 128 MB old
 * generation (about 2.5 times what an instance keeps alive, 49 MB in a heap snapshot after the load).
 */
export const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=4 --max-old-space-size=128').split(' ').filter(Boolean);

/** As they set glibc's malloc: blocks of 32 KiB and more mapped on their own (see README, Benchmark). */
export const MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '32768' };

/** The machine, runtime and load generator, for the line above each table. */
export const machine = () =>
  `${os.cpus().length} CPUs, Node ${process.version}, SQLite, load from ${hasWrk() ? 'wrk -t1' : 'autocannon (ratios not comparable)'}`;

let warned = false;
function warnNoWrk(): void {
  if (warned) return;
  warned = true;
  console.warn(
    'wrk is not installed (Debian: apt-get install wrk): falling back to autocannon, which runs in Node on the same cores and saturates before the servers do. Ratios measured with it describe the load generator, not the servers.',
  );
}

export interface LoadOptions {
  url: string;
  duration?: number;
  connections?: number;
  /** For requests other than a plain GET: a wrk Lua script, and the same requests for autocannon. */
  wrkScript?: string;
  autocannonRequests?: autocannon.Request[];
}

export async function load(page: string, server: string, options: LoadOptions): Promise<Result> {
  const connections = options.connections ?? CONNECTIONS;
  const seconds = options.duration ?? DURATION;
  if (hasWrk()) {
    const result = await runWrk(options.url, { connections, seconds, script: options.wrkScript });
    const errors = result.socketErrors + result.non2xx;
    return { page, server, ...result, requestsPerSecond: Math.round(result.requestsPerSecond), errors, succeeded: result.requests - result.non2xx };
  }
  warnNoWrk();
  const result = await autocannon({
    url: options.url,
    connections,
    duration: seconds,
    ...(options.autocannonRequests ? { requests: options.autocannonRequests } : {}),
  });
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

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** User and system CPU time of these processes (every thread), in seconds, from Linux's process table. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process is gone
    }
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** A process and its children (a primary and its workers, nginx's master and its workers). */
export const processTree = (pid: number) => [pid, ...workersOf(pid)];

/**
 * A second of load to warm the server, then the measured run. Given the server's pids, it also reports
 * the CPU time they spent per request: on a shared machine that moves less than requests per second,
 * and it is what a change to the serving path changes.
 */
export async function measure(page: string, server: string, url: string, connections = CONNECTIONS, pids?: () => number[]): Promise<Result> {
  await load(page, server, { url, duration: 1, connections });
  const before = pids ? cpuSeconds(pids()) : 0;
  const result = await load(page, server, { url, connections });
  if (!pids || result.succeeded === 0) return result;
  return { ...result, cpuPerRequest: Math.round(((cpuSeconds(pids()) - before) * 1e6) / result.succeeded) };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The SQLite file of a bench directory. */
export const databaseFile = (dir: string) => path.join(dir, 'bench.sqlite');
const storageEnv = (dir: string) => ({ DATABASE_URL: `sqlite:${databaseFile(dir)}`, DIWAN_MEDIA_DIR: path.join(dir, 'media') });

/**
 * Migrates and seeds the demo newsroom into `dir` (drawing images with sharp: a one-time cost), with the
 * build in `root`: this checkout, or an older one measured beside it (BENCH_BASELINE).
 */
export async function seed(dir: string, root = '.'): Promise<void> {
  await promisify(execFile)(process.execPath, ['dist/cli.js', 'seed'], { cwd: root, env: { ...process.env, ...storageEnv(dir) } });
}

/** The pids of a primary's workers (DIWAN_WORKERS), from the kernel's process table. */
export function workersOf(primary: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(primary);
      } catch {
        return false;
      }
    })
    .map(Number);
}

export interface RunningDiwan {
  origin: string;
  child: ChildProcess;
}

/** Diwan as `npm start` runs it, on the scratch folder `dir`, once it answers (all its workers, with DIWAN_WORKERS). */
export async function startDiwan(dir: string, env: Record<string, string>, root = '.'): Promise<RunningDiwan> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_FLAGS, 'dist/main.js'], {
    cwd: root,
    env: { ...process.env, ...MALLOC_ENV, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...storageEnv(dir), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const workers = env.DIWAN_WORKERS === 'auto' ? os.availableParallelism() : Number(env.DIWAN_WORKERS ?? 1);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok && (workers <= 1 || workersOf(child.pid!).length >= workers)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('Diwan did not start within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The other workers listen a moment after the first.
  if (workers > 1) await new Promise((resolve) => setTimeout(resolve, 2000));
  return { origin, child };
}

/** Sends SIGTERM and waits until the server has drained its writes, closed the database and exited. */
export async function stopDiwan(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function memoryMb(pid: number | undefined, field: 'VmHWM' | 'VmRSS' | 'RssFile'): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024);
  } catch {
    return null;
  }
}

/** Peak resident memory of a process so far, in MB (Linux). */
export const peakRssMb = (pid: number | undefined) => memoryMb(pid, 'VmHWM');
/** Resident memory of a process now, in MB (Linux). */
export const rssMb = (pid: number | undefined) => memoryMb(pid, 'VmRSS');
/** Of that, what is mapped from files (Node's own binary, mostly): the same pages for every worker. */
export const fileBackedMb = (pid: number | undefined) => memoryMb(pid, 'RssFile');
