import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { ERROR_STATUS } from './error-codes.ts';

describe('error codes', () => {
  it('are dotted lower-case words, each with a 4xx or 5xx status', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      assert.match(code, /^[a-z_]+(\.[a-z_]+)?$/, code);
      assert.ok(status >= 400 && status < 600, `${code} → ${status}`);
    }
  });
});

await describeOnEachDatabase('JSON error bodies', (dialect) => {
  let site: TestApp;
  const json = async (url: string, headers: Record<string, string> = {}) => {
    const response = await site.app.inject({ method: 'GET', url, headers: { accept: 'application/json', ...headers } });
    return { status: response.statusCode, error: response.json().error as { code: string; message: string } };
  };

  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  const cases: [string, string, number, string][] = [
    ['an unknown story', '/en/news/no-such-story', 404, 'story.not_found'],
    ['a page past the last page of a listing', '/en/?page=999', 404, 'page.past_last'],
    ['a language the site does not have', '/xx/', 404, 'language.unknown'],
    ['an address nothing answers', '/en/no/such/page', 404, 'page.not_found'],
    ['a malformed URL', '/en/news/%E0%A4%A', 400, 'request.malformed_url'],
    ['a parameter that fails its schema', '/en/?page=abc', 400, 'request.invalid'],
    ['metrics without their token', '/metrics', 401, 'metrics.unauthorized'],
  ];
  for (const [what, url, status, code] of cases) {
    it(`answers ${what} with ${status} and the code ${code}`, async () => {
      const answer = await json(url);
      assert.equal(answer.status, status);
      assert.equal(answer.error.code, code);
      assert.ok(answer.error.message.length > 0);
    });
  }
});
