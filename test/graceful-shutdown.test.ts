/**
 * Stopping an instance (SIGTERM in production) lets a request already in progress finish with its
 * answer before the database closes: here a reader waiting for a first machine translation from a slow
 * engine.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import { createScratchDatabase } from '../src/testing/databases.ts';
import { describeOnEachDatabase } from '../src/testing/dialects.ts';
import { startInstance } from '../src/testing/instances.ts';

/** A LibreTranslate that takes its time: languages at once, translations after `delayMs`. */
async function slowEngine(delayMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const body: Buffer[] = [];
    request.on('data', (chunk: Buffer) => body.push(chunk));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/languages') {
        response.end(JSON.stringify([{ code: 'en', name: 'English', targets: ['es'] }]));
        return;
      }
      const { q } = JSON.parse(Buffer.concat(body).toString()) as { q: string[] };
      setTimeout(() => response.end(JSON.stringify({ translatedText: q.map((text) => `[es] ${text}`) })), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

await describeOnEachDatabase('graceful shutdown', (dialect) => {
  it('finishes a request in flight before the instance stops', async () => {
    const engine = await slowEngine(800);
    const scratch = await createScratchDatabase(dialect);
    const instance = await startInstance(scratch.target, { LIBRETRANSLATE_URL: engine.url, TRANSLATION_WAIT_MS: '10000' });
    try {
      const inFlight = fetch(`${instance.origin}/es/news/icesco-indonesia-new-routes-for-cooperation`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stopped = instance.stop();
      const response = await inFlight;
      assert.equal(response.status, 200);
      assert.match(await response.text(), /\[es\] ICESCO-Indonesia/);
      await stopped;
      await assert.rejects(fetch(`${instance.origin}/healthz`), 'no longer listening');
    } finally {
      await engine.close();
      await scratch.drop();
    }
  });
});
