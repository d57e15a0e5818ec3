import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createScratchDatabase, databaseUrl } from './testing/databases.ts';
import { describeOnEachDatabase } from './testing/dialects.ts';
import { freePort } from './testing/free-port.ts';

const MAIN = path.join(import.meta.dirname, 'main.ts');

interface Run {
  code: number | null;
  stderr: string;
}

/** The heap flags `npm start` runs the server with. */
const START_FLAGS = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .filter((word) => word.startsWith('--max-'));

/** Resident memory of a process, from the kernel's own account. */
const residentMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

function startServer(env: Record<string, string>): { child: ReturnType<typeof spawn>; done: Promise<Run>; stdout: () => string } {
  const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, done, stdout: () => stdout };
}

function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-start-'));
}

const NOT_A_DIRECTORY = path.join(import.meta.dirname, 'main.ts');

describe('starting the server', () => {
  const refusals: [string, Record<string, string>, RegExp][] = [
    ['an invalid PORT', { PORT: 'http' }, /PORT/],
    ['a PORT out of range', { PORT: '99999' }, /PORT/],
    ['an unsupported DATABASE_URL', { DATABASE_URL: 'mysql://localhost/diwan' }, /DATABASE_URL/],
    ['an unreachable PostgreSQL', { DATABASE_URL: 'postgres://diwan@127.0.0.1:9/diwan' }, /DATABASE_URL/],
    // A path through a regular file; not /proc, where Node 24's recursive mkdir never returns.
    ['an SQLite file that cannot be created', { DATABASE_URL: `sqlite:${path.join(NOT_A_DIRECTORY, 'db.sqlite')}` }, /DATABASE_URL/],
  ];
  for (const [what, env, message] of refusals) {
    it(`stops with a message naming the variable on ${what}`, async () => {
      const dir = scratchDir();
      const { done } = startServer({ DIWAN_MEDIA_DIR: path.join(dir, 'media'), DATABASE_URL: `sqlite:${dir}/db.sqlite`, ...env });
      const run = await done;
      assert.equal(run.code, 1);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace for a configuration mistake');
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }
});

await describeOnEachDatabase('starting the server', (dialect) => {
  it('seeds and serves the demo story on a fresh database in under 200 MB of memory, and stops cleanly on SIGTERM', async () => {
    const scratch = await createScratchDatabase(dialect);
    const port = String(await freePort());
    const server = startServer({ PORT: port, HOST: '127.0.0.1', DATABASE_URL: databaseUrl(scratch.target), DIWAN_MEDIA_DIR: path.join(scratch.dir, 'media') });
    try {
      const deadline = Date.now() + 60_000;
      while (!server.stdout().includes('Diwan is serving') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const response = await fetch(`http://127.0.0.1:${port}/en/news/icesco-indonesia-new-routes-for-cooperation`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /ICESCO-Indonesia: New Routes for Cooperation/);
      // Seeding draws the demo's images with sharp, whose native memory would stay in a serving process.
      const resident = residentMegabytes(server.child.pid!);
      assert.ok(resident < 200, `the server holds ${Math.round(resident)} MB after its first start`);
      server.child.kill('SIGTERM');
      const run = await server.done;
      assert.equal(run.code, 0);
    } finally {
      server.child.kill('SIGKILL');
      await scratch.drop();
    }
  });
});
