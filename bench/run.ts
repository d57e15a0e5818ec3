/**
 * Load test of the public pages (`npm run bench`): starts the built server on a scratch SQLite
 * database with the demo content, then measures the home and article pages with autocannon on
 * 127.0.0.1, beside a baseline — a bare Node HTTP server sending the same article HTML from memory —
 * so the figures can be read as a ratio on a shared, noisy machine. Bounded: a few seconds per target.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ARTICLE = '/en/news/icesco-indonesia-new-routes-for-cooperation';

interface Result {
  target: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(target: string, url: string): Promise<Result> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1 }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    target,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function startDiwan(dir: string): Promise<{ origin: string; stop: () => void }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: `sqlite:${dir}/bench.sqlite`, DIWAN_MEDIA_DIR: `${dir}/media` },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}${ARTICLE}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('Diwan did not start within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop: () => child.kill('SIGTERM') };
}

async function startBaseline(html: string): Promise<{ origin: string; stop: () => void }> {
  const body = Buffer.from(html);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => server.close() };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-bench-'));
const diwan = await startDiwan(dir);
try {
  const html = await (await fetch(`${diwan.origin}${ARTICLE}`)).text();
  const baseline = await startBaseline(html);
  const results = [
    await measure('baseline: same article HTML from memory (node:http)', `${baseline.origin}/`),
    await measure('article page', `${diwan.origin}${ARTICLE}`),
    await measure('home page', `${diwan.origin}/en/`),
    await measure('home page in Arabic', `${diwan.origin}/ar/`),
  ];
  baseline.stop();
  const base = results[0]!.requestsPerSecond;
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per target, ${os.cpus().length} CPUs, Node ${process.version}\n`);
  console.table(
    results.map((r) => ({
      target: r.target,
      'req/s': r.requestsPerSecond,
      'vs baseline': `${((r.requestsPerSecond / base) * 100).toFixed(0)}%`,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors,
    })),
  );
} finally {
  diwan.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
