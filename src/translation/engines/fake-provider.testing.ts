/**
 * A translation provider played by a local server, for the hosted engines' tests: it records every
 * request and answers as the test's player says, or as scripted (429, 503, a hang…).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LanguagePair } from './engine.ts';
import type { CallOptions } from './http.ts';

export const FAST: CallOptions = { timeoutMs: 2000, retries: 2, backoffMs: 1 };
export const SHORT_TIMEOUT: CallOptions = { timeoutMs: 200, retries: 0, backoffMs: 1 };

export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  bytes: number;
  /** The parsed JSON body, or undefined when there is none or it is not JSON. */
  json: unknown;
}

export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

export interface FakeProvider {
  url: string;
  received: Received[];
  /** Requests to a path. */
  to(path: string): Received[];
  /** The next answers to requests on a path, before the provider's own. */
  script(path: string, ...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startProvider(handle: (request: Received) => Answer): Promise<FakeProvider> {
  const received: Received[] = [];
  const scripts = new Map<string, Answer[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://localhost');
      let json: unknown;
      try {
        json = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        json = undefined;
      }
      const request: Received = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, bytes: raw.length, json };
      received.push(request);
      const answer = scripts.get(url.pathname)?.shift() ?? handle(request);
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    to: (path) => received.filter((r) => r.path === path),
    script: (path, ...answers) => scripts.set(path, [...(scripts.get(path) ?? []), ...answers]),
    reset() {
      received.length = 0;
      scripts.clear();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
export const isJson = (request: Received) => /^application\/json\b/.test(request.headers['content-type'] ?? '');
export const totalChars = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
export const range = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));
export const EN_ES: LanguagePair = { from: 'en', to: 'es' };
