/** A Diwan server in a process of its own (`src/main.ts`), as the crash tests kill it with SIGKILL. */
import { type ChildProcess, spawn } from 'node:child_process';
import { databaseUrl, type ScratchDatabase } from './databases.ts';
import { freePort } from './free-port.ts';

/** Starts the server on a loopback port over the scratch database, and resolves once `/readyz` answers. */
export async function startServerProcess(scratch: ScratchDatabase, env: Record<string, string> = {}): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    // Its own process group: `process.kill(-child.pid, 'SIGKILL')` takes a primary and all its workers at once.
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(scratch.target),
      DIWAN_MEDIA_DIR: scratch.dir,
      DIWAN_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, origin };
    if (Date.now() > deadline) throw new Error('the server did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
