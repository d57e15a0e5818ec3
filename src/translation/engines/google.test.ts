/**
 * Google Translate v2 against a local server that plays the provider: it checks every request against the provider's
 * documented shape and limits (answering 400 when anything is off, so a wrong request fails the test)
 * and answers in its documented format, or as told: 429, 403, a hang.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { EngineError, type TranslationEngine } from './engine.ts';
import {
  type Answer,
  EN_ES,
  FAST,
  type FakeProvider,
  isJson,
  isStringList,
  type Received,
  range,
  SHORT_TIMEOUT,
  startProvider,
  totalChars,
} from './fake-provider.testing.ts';
import { createGoogleEngine, decodeGoogleHtml } from './google.ts';

const GOOGLE_KEY = 'AIzaTestKey-123';
const GOOGLE_LANGUAGES = ['ar', 'en', 'es', 'fr', 'iw', 'jw', 'pt', 'zh-CN', 'zh-TW'];

/** Google escapes quotes and apostrophes in text as character references, even for format=html. */
const googleEscape = (html: string) =>
  html
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replaceAll("'", '&#39;').replaceAll('"', '&quot;')))
    .join('');

function playGoogle(request: Received): Answer {
  const bad = (message: string): Answer => ({
    status: 400,
    body: { error: { code: 400, message, errors: [{ message, domain: 'global', reason: 'invalid' }] } },
  });
  const keys = request.query.getAll('key');
  if (keys.length !== 1 || keys[0] !== GOOGLE_KEY) {
    const message = 'API key not valid. Please pass a valid API key.';
    return {
      status: 400,
      body: {
        error: {
          code: 400,
          message,
          errors: [{ message, domain: 'global', reason: 'badRequest' }],
          status: 'INVALID_ARGUMENT',
          details: [{ reason: 'API_KEY_INVALID' }],
        },
      },
    };
  }
  if (request.path === '/language/translate/v2/languages') {
    if (request.method !== 'GET') return bad(`${request.method} languages`);
    return { status: 200, body: { data: { languages: GOOGLE_LANGUAGES.map((language) => ({ language })) } } };
  }
  if (request.path === '/language/translate/v2') {
    if (request.method !== 'POST') return bad(`${request.method} translate`);
    if (!isJson(request)) return bad(`Content-Type ${request.headers['content-type']}`);
    const body = request.json as { q?: unknown; source?: unknown; target?: unknown; format?: unknown };
    if (!isStringList(body?.q) || body.q.length === 0) return bad('Required Text');
    if (body.q.length > 128) return bad(`Too many text segments: ${body.q.length}`);
    if (body.q.length > 1 && totalChars(body.q) > 30_000) return bad(`Text too long: ${totalChars(body.q)} characters`);
    if (typeof body.source !== 'string' || !GOOGLE_LANGUAGES.includes(body.source)) return bad(`Invalid Value: source ${body.source}`);
    if (typeof body.target !== 'string' || !GOOGLE_LANGUAGES.includes(body.target)) return bad(`Invalid Value: target ${body.target}`);
    if (body.format !== 'html') return bad(`format ${body.format}`);
    const target = body.target;
    return { status: 200, body: { data: { translations: body.q.map((q) => ({ translatedText: googleEscape(`[${target}] ${q}`) })) } } };
  }
  return { status: 404, body: { error: { code: 404, message: 'Not Found' } } };
}

describe('the Google Translate engine', () => {
  let google: FakeProvider;
  let engine: TranslationEngine;

  before(async () => {
    google = await startProvider(playGoogle);
  });
  after(() => google.close());
  beforeEach(() => {
    google.reset();
    engine = createGoogleEngine({ apiKey: GOOGLE_KEY, baseUrl: google.url, call: FAST });
  });

  it('offers every language to every other as BCP 47 pairs (zh-CN as zh, iw as he, jw as jv)', async () => {
    const pairs = (await engine.pairs()).map((p) => `${p.from}>${p.to}`);
    for (const pair of ['en>es', 'ar>en', 'en>zh', 'zh>en', 'en>he', 'he>ar', 'jv>en']) assert.ok(pairs.includes(pair), pair);
    assert.ok(!pairs.includes('en>en'), 'no en>en');
    assert.ok(!pairs.some((p) => /zh-|iw|jw/i.test(p)), 'no Google-only codes');
    assert.equal(pairs.length, 8 * 7, 'zh-CN and zh-TW count once');
  });

  it('sends Chinese as zh-CN and Hebrew as iw', async () => {
    assert.deepEqual(await engine.translate(['Hi'], { from: 'en', to: 'zh' }), ['[zh-CN] Hi']);
    assert.deepEqual(await engine.translate(['Hi'], { from: 'en', to: 'he' }), ['[iw] Hi']);
  });

  it('sends at most 128 strings per request and keeps the order', async () => {
    const segments = range(300, (i) => `Line ${i}`);
    assert.deepEqual(
      await engine.translate(segments, EN_ES),
      segments.map((s) => `[es] ${s}`),
    );
    assert.deepEqual(
      google.to('/language/translate/v2').map((r) => (r.json as { q: string[] }).q.length),
      [128, 128, 44],
    );
  });

  it('keeps each request within 30,000 characters, a longer segment going alone', async () => {
    const segments = [...range(10, (i) => `${i}`.padEnd(5000, '.')), 'x'.repeat(40_000), 'last'];
    assert.deepEqual(
      await engine.translate(segments, EN_ES),
      segments.map((s) => `[es] ${s}`),
    );
    const sizes = google.to('/language/translate/v2').map((r) => (r.json as { q: string[] }).q.length);
    assert.deepEqual(sizes, [6, 4, 1, 1]);
  });

  it("turns Google's &#39; and &quot; back into characters while &amp; stays escaped", async () => {
    const [out] = await engine.translate([`It's <b id="t1">Tom &amp; Jerry</b>, "live" &lt;now&gt;`], EN_ES);
    assert.equal(out, `[es] It's <b id="t1">Tom &amp; Jerry</b>, "live" &lt;now&gt;`);
  });

  it('decodes references only in text, keeping tags and a literal "&lt;" intact', () => {
    assert.equal(decodeGoogleHtml('<a id="t1">caf&eacute;&nbsp;&#38;&#x3C;</a> &amp;lt; &#39;x&#39;'), '<a id="t1">café\u00a0&amp;&lt;</a> &amp;lt; \'x\'');
  });

  it('reports an invalid key (a 400 from Google) as auth_failed', async () => {
    const wrong = createGoogleEngine({ apiKey: 'not-a-key', baseUrl: google.url, call: FAST });
    await assert.rejects(wrong.pairs(), (error) => error instanceof EngineError && error.code === 'auth_failed');
  });

  it('reports a 403 as auth_failed without retrying', async () => {
    await engine.pairs();
    google.script('/language/translate/v2', { status: 403, body: { error: { code: 403, message: 'Cloud Translation API has not been used in project' } } });
    await assert.rejects(engine.translate(['Hello'], EN_ES), { code: 'auth_failed' });
    assert.equal(google.to('/language/translate/v2').length, 1);
  });

  it('retries a 429 with Retry-After: 0 transparently', async () => {
    google.script('/language/translate/v2', { status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 429, message: 'Rate Limit Exceeded' } } });
    assert.deepEqual(await engine.translate(['Hello'], EN_ES), ['[es] Hello']);
    assert.equal(google.to('/language/translate/v2').length, 2);
  });

  it('gives up on a request that hangs with timeout', async () => {
    const impatient = createGoogleEngine({ apiKey: GOOGLE_KEY, baseUrl: google.url, call: SHORT_TIMEOUT });
    await impatient.pairs();
    google.script('/language/translate/v2', 'hang');
    await assert.rejects(impatient.translate(['Hello'], EN_ES), { code: 'timeout' });
  });

  it('rejects an answer with a different number of translations as bad_response', async () => {
    google.script('/language/translate/v2', {
      status: 200,
      body: { data: { translations: [{ translatedText: 'a' }, { translatedText: 'b' }, { translatedText: 'c' }] } },
    });
    await assert.rejects(engine.translate(['one', 'two'], EN_ES), { code: 'bad_response' });
  });

  it('translates an empty list without any request', async () => {
    assert.deepEqual(await engine.translate([], EN_ES), []);
    assert.equal(google.received.length, 0);
  });

  it('passes language-list failures on as EngineError', async () => {
    google.script('/language/translate/v2/languages', { status: 200, body: { data: {} } });
    await assert.rejects(engine.pairs(), (error) => error instanceof EngineError && error.code === 'bad_response');
  });
});
