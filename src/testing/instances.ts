/** Whole Diwan instances (server, scheduler, change bus) on loopback ports, as `npm start` runs them. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseTarget } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';
import { openConfiguredDatabase } from '../startup.ts';
import { databaseUrl } from './databases.ts';
import { freePort } from './free-port.ts';

export interface Instance extends RunningServer {
  origin: string;
}

export async function startInstance(target: DatabaseTarget, env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const { config, database } = await openConfiguredDatabase({
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    DATABASE_URL: databaseUrl(target),
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

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: still compressed if the server compressed them. */
  body: Buffer;
  text: string;
}

/** A GET over HTTP that neither sends nor decodes content codings unless asked (unlike fetch). */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString() });
        });
      })
      .on('error', reject);
  });
}
