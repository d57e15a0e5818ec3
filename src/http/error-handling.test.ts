import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { htmlLangDir } from '../testing/html.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

await describeOnEachDatabase('refusals of the whole site', (dialect) => {
  let site: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  it('answers a malformed address with the same security headers as every page, and without repeating it', async () => {
    for (const accept of ['text/html', 'application/json']) {
      const response = await get('/en/news/%E0%A4%A<script>', { accept });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
      assert.doesNotMatch(response.body, /<script>|%E0%A4%A/);
    }
  });

  it('gives link checkers and curl, which accept anything, the localized 404 page', async () => {
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', '']) {
      const response = await get('/fr/news/no-such-story', accept ? { accept } : {});
      assert.equal(response.statusCode, 404, accept);
      assert.match(String(response.headers['content-type']), /^text\/html/, accept);
      assert.deepEqual(htmlLangDir(response.body), { lang: 'fr', dir: 'ltr' });
    }
  });

  it('answers JSON to a client that prefers it', async () => {
    const response = await get('/fr/news/no-such-story', { accept: 'application/json, text/plain, */*' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'story.not_found');
  });
});
