/** Whole Diwan instances (server, scheduler, change bus) on loopback ports, as `npm start` runs them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseTarget } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';
import { openConfiguredDatabase } from '../startup.ts';

export interface Instance extends RunningServer {
  origin: string;
}

export async function startInstance(target: DatabaseTarget, env: Record<string, string> = {}): Promise<Instance> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const { config, database } = await openConfiguredDatabase({
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    DATABASE_URL: target.kind === 'postgres' ? target.url : `sqlite:${target.file}`,
    DIWAN_MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-instance-media-')),
    ...env,
  });
  const server = await startServer(config, database);
  return { ...server, origin: `http://127.0.0.1:${port}` };
}

/** Polls a page until `test` holds; returns how long that took, or throws after `limitMs`. */
export async function waitForPage(url: string, test: (html: string) => boolean, limitMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(url);
    if (response.ok && test(await response.text())) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`${url} did not change within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
