/**
 * LibreTranslate against a local server that plays the provider: it checks every request against the provider's
 * documented shape and limits (answering 400 when anything is off, so a wrong request fails the test)
 * and answers in its documented format, or as told: 429, 500, 503, 403, a hang.
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
import { createLibreTranslateEngine } from './libretranslate.ts';

const LIBRE_KEY = 'libre-key-42';
const LIBRE_LANGUAGES = [
  { code: 'en', name: 'English', targets: ['ar', 'en', 'es', 'pt-BR', 'zh-Hans', 'zh-Hant'] },
  { code: 'es', name: 'Spanish', targets: ['en', 'es'] },
  { code: 'ar', name: 'Arabic', targets: ['en'] },
  { code: 'pt-BR', name: 'Portuguese (Brazil)', targets: ['en'] },
  { code: 'zh-Hans', name: 'Chinese (Simplified)', targets: ['en'] },
  { code: 'zh-Hant', name: 'Chinese (Traditional)', targets: ['en'] },
];

/** A server started with `--char-limit 5000 --batch-limit 50`, and `--api-keys` when a key is given. */
function playLibre(requiredKey?: string) {
  return (request: Received): Answer => {
    const bad = (error: string): Answer => ({ status: 400, body: { error } });
    if (request.path === '/languages') {
      if (request.method !== 'GET') return bad(`${request.method} /languages`);
      return { status: 200, body: LIBRE_LANGUAGES };
    }
    if (request.path === '/translate') {
      if (request.method !== 'POST') return { status: 405, body: { error: 'Method not allowed' } };
      if (!isJson(request)) return bad(`Content-Type ${request.headers['content-type']}`);
      const body = request.json as { q?: unknown; source?: unknown; target?: unknown; format?: unknown; api_key?: unknown };
      if (requiredKey) {
        if (body?.api_key === undefined) return bad('Please contact the server operator to get an API key');
        if (body.api_key !== requiredKey) return { status: 403, body: { error: 'Invalid API key' } };
      } else if ('api_key' in (body ?? {})) return bad('api_key sent to a server without keys');
      if (!isStringList(body?.q) || body.q.length === 0) return bad('Invalid request: missing q parameter');
      if (body.q.length > 50) return bad(`Invalid request: request (${body.q.length}) exceeds text limit (50)`);
      if (totalChars(body.q) > 5000) return bad(`Invalid request: request (${totalChars(body.q)}) exceeds text limit (5000)`);
      const language = LIBRE_LANGUAGES.find((l) => l.code === body.source);
      if (!language) return bad(`${body.source} is not supported`);
      if (typeof body.target !== 'string' || !language.targets.includes(body.target)) return bad(`${body.target} is not supported`);
      if (body.format !== 'html') return bad(`format ${body.format}`);
      const target = body.target;
      return { status: 200, body: { translatedText: body.q.map((q) => `[${target}] ${q}`) } };
    }
    return { status: 404, body: { error: 'Not Found' } };
  };
}

describe('the LibreTranslate engine', () => {
  let libre: FakeProvider;
  let keyed: FakeProvider;
  let engine: TranslationEngine;

  before(async () => {
    libre = await startProvider(playLibre());
    keyed = await startProvider(playLibre(LIBRE_KEY));
  });
  after(async () => {
    await libre.close();
    await keyed.close();
  });
  beforeEach(() => {
    libre.reset();
    keyed.reset();
    engine = createLibreTranslateEngine({ baseUrl: libre.url, call: FAST });
  });

  it('offers the pairs from each language’s targets as BCP 47, never a language to itself', async () => {
    const pairs = (await engine.pairs()).map((p) => `${p.from}>${p.to}`).sort();
    assert.deepEqual(pairs, ['ar>en', 'en>ar', 'en>es', 'en>pt', 'en>zh', 'es>en', 'pt>en', 'zh>en']);
  });

  it('sends Chinese as zh-Hans and Portuguese as pt-BR', async () => {
    assert.deepEqual(await engine.translate(['Hi'], { from: 'en', to: 'zh' }), ['[zh-Hans] Hi']);
    assert.deepEqual(await engine.translate(['Hi'], { from: 'en', to: 'pt' }), ['[pt-BR] Hi']);
    assert.deepEqual(await engine.translate(['你好'], { from: 'zh', to: 'en' }), ['[en] 你好']);
    assert.equal((libre.to('/translate')[2]!.json as { source: string }).source, 'zh-Hans');
  });

  it('keeps requests under 5,000 characters and 50 strings, in order', async () => {
    const short = range(120, (i) => `Short ${i}`);
    assert.deepEqual(
      await engine.translate(short, EN_ES),
      short.map((s) => `[es] ${s}`),
    );
    const long = range(40, (i) => `${i}`.padEnd(400, '.'));
    assert.deepEqual(
      await engine.translate(long, EN_ES),
      long.map((s) => `[es] ${s}`),
    );
    assert.deepEqual(
      libre.to('/translate').map((r) => (r.json as { q: string[] }).q.length),
      [50, 50, 20, 12, 12, 12, 4],
    );
  });

  it('reports a segment over the server’s character limit as rejected', async () => {
    await assert.rejects(
      engine.translate(['x'.repeat(6000)], EN_ES),
      (error) => error instanceof EngineError && error.code === 'rejected' && /exceeds text limit/.test(error.message),
    );
    assert.equal(libre.to('/translate').length, 1);
  });

  it('sends the API key in the body when one is given', async () => {
    const withKey = createLibreTranslateEngine({ baseUrl: keyed.url, apiKey: LIBRE_KEY, call: FAST });
    assert.deepEqual(await withKey.translate(['Hello'], EN_ES), ['[es] Hello']);
    assert.equal((keyed.to('/translate')[0]!.json as { api_key: string }).api_key, LIBRE_KEY);
  });

  it('reports a missing or wrong API key as auth_failed without retrying', async () => {
    const without = createLibreTranslateEngine({ baseUrl: keyed.url, call: FAST });
    await assert.rejects(without.translate(['Hello'], EN_ES), { code: 'auth_failed' });
    const wrong = createLibreTranslateEngine({ baseUrl: keyed.url, apiKey: 'guess', call: FAST });
    await assert.rejects(wrong.translate(['Hello'], EN_ES), { code: 'auth_failed' });
    assert.equal(keyed.to('/translate').length, 2);
  });

  it('retries a 429 and a 503 transparently', async () => {
    libre.script(
      '/translate',
      { status: 429, headers: { 'retry-after': '0' }, body: { error: 'Too many request limits violations' } },
      { status: 503, body: { error: 'busy' } },
    );
    assert.deepEqual(await engine.translate(['Hello'], EN_ES), ['[es] Hello']);
    assert.equal(libre.to('/translate').length, 3);
  });

  it('gives up on a request that hangs with timeout', async () => {
    const impatient = createLibreTranslateEngine({ baseUrl: libre.url, call: SHORT_TIMEOUT });
    await impatient.pairs();
    libre.script('/translate', 'hang');
    await assert.rejects(impatient.translate(['Hello'], EN_ES), { code: 'timeout' });
  });

  it('rejects an answer with a different number of translations as bad_response', async () => {
    libre.script('/translate', { status: 200, body: { translatedText: ['[es] one'] } });
    await assert.rejects(engine.translate(['one', 'two'], EN_ES), { code: 'bad_response' });
  });

  it('translates an empty list without any request', async () => {
    assert.deepEqual(await engine.translate([], EN_ES), []);
    assert.equal(libre.received.length, 0);
  });

  it('refuses a pair the server does not offer as unsupported_pair', async () => {
    await assert.rejects(engine.translate(['Hola'], { from: 'es', to: 'ar' }), { code: 'unsupported_pair' });
  });

  it('passes language-list failures on as EngineError', async () => {
    libre.script('/languages', { status: 500, body: { error: 'boom' } }, { status: 500 }, { status: 500 });
    await assert.rejects(engine.pairs(), (error) => error instanceof EngineError && error.code === 'unavailable');
  });
});
