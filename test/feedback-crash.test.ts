/**
 * Durability of survey answers: a separate Diwan process takes bursts of answers and is killed with
 * SIGKILL in the middle of one. Every answer that got a success reply must be in the database.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { it } from 'node:test';
import { openDatabase } from '../src/db/database.ts';
import { createScratchDatabase, databaseUrl, type ScratchDatabase } from '../src/testing/databases.ts';
import { describeOnEachDatabase } from '../src/testing/dialects.ts';
import { freePort } from '../src/testing/free-port.ts';

const CLIENTS = 32;
/** Replies acknowledged before the kill; enough that batches are in flight when it lands. */
const KILL_AFTER = 400;

async function startProcess(scratch: ScratchDatabase, workers: number): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    // Its own process group, so that one SIGKILL takes the primary and every worker at once.
    detached: true,
    env: {
      DIWAN_WORKERS: String(workers),
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(scratch.target),
      DIWAN_MEDIA_DIR: scratch.dir,
      DIWAN_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // The clients below stand for many visitors at many addresses, named the way a proxy names them.
      TRUST_PROXY: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (
      await fetch(`${origin}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, origin };
    if (Date.now() > deadline) throw new Error('the server did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

await describeOnEachDatabase('survey answers across a crash', (dialect) => {
  for (const workers of [1, 2]) {
    it(`keeps every answer that was acknowledged when ${workers === 1 ? 'the server is' : `${workers} workers are`} killed with SIGKILL mid-burst`, async () => {
      const scratch = await createScratchDatabase(dialect);
      const { child, origin } = await startProcess(scratch, workers);
      const acknowledged: number[] = [];
      let next = 0;
      let killed = false;
      const exited = once(child, 'exit');

      async function client(): Promise<void> {
        while (!killed) {
          const n = next++;
          const response = await fetch(`${origin}/feedback`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              'user-agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 crash/${n}`,
              'x-forwarded-for': `198.18.${(n >> 8) & 255}.${n & 255}`,
            },
            body: JSON.stringify({ rating: (n % 5) + 1, comment: `answer ${n}`, page: '/en/' }),
          }).catch(() => null);
          if (response?.status === 201) {
            acknowledged.push(n);
            if (acknowledged.length === KILL_AFTER && !killed) {
              killed = true;
              process.kill(-child.pid!, 'SIGKILL');
            }
          } else if (response && !killed) {
            assert.fail(`answer ${n} got ${response.status}: ${await response.text()}`);
          }
        }
      }
      await Promise.all(Array.from({ length: CLIENTS }, client));
      await exited;
      assert.equal(child.signalCode, 'SIGKILL');

      const { db, close } = openDatabase(scratch.target);
      try {
        const rows = await db.selectFrom('feedbackAnswers').select('comment').execute();
        const stored = new Set(rows.map((row) => row.comment));
        const lost = acknowledged.filter((n) => !stored.has(`answer ${n}`));
        assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged answers were lost`);
        assert.ok(acknowledged.length >= KILL_AFTER);
        assert.ok(next > acknowledged.length, 'requests were still in flight when the server died');
      } finally {
        await close();
        await scratch.drop();
      }
    });
  }
});
