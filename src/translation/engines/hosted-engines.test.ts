/**
 * DeepL, Google Translate and LibreTranslate against local servers that play each provider: they
 * check every request against the provider's documented shape and limits (answering 400 when
 * anything is off, so a wrong request fails the test) and answer in its documented format, or as
 * told: 429, 503, 403, 456, a hang.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { PairGlossary } from '../../glossary/index.ts';
import { segmentStory } from '../segments.ts';
import { createDeeplEngine, deeplBaseUrl } from './deepl.ts';
import { EngineError, type LanguagePair, type TranslationEngine } from './engine.ts';
import { createGoogleEngine, decodeGoogleHtml } from './google.ts';
import type { CallOptions } from './http.ts';
import { createLibreTranslateEngine } from './libretranslate.ts';

const FAST: CallOptions = { timeoutMs: 2000, retries: 2, backoffMs: 1 };
const SHORT_TIMEOUT: CallOptions = { timeoutMs: 200, retries: 0, backoffMs: 1 };

// ---- A provider played by a local server ----

interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  bytes: number;
  /** The parsed JSON body, or undefined when there is none or it is not JSON. */
  json: unknown;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

interface FakeProvider {
  url: string;
  received: Received[];
  /** Requests to a path. */
  to(path: string): Received[];
  /** The next answers to requests on a path, before the provider's own. */
  script(path: string, ...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
}

async function startProvider(handle: (request: Received) => Answer): Promise<FakeProvider> {
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

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isJson = (request: Received) => /^application\/json\b/.test(request.headers['content-type'] ?? '');
const totalChars = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
const range = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));
const EN_ES: LanguagePair = { from: 'en', to: 'es' };

// ---- DeepL ----

const DEEPL_KEY = '0f3c-test-key:fx';
const DEEPL_SOURCES = ['AR', 'DE', 'EN', 'ES', 'NB', 'PT', 'ZH'];
const DEEPL_TARGETS = ['AR', 'DE', 'EN-GB', 'EN-US', 'ES', 'NB', 'PT-BR', 'PT-PT', 'ZH', 'ZH-HANS', 'ZH-HANT'];
const DEEPL_MAX_BODY = 128 * 1024;

/** DeepL's glossaries as the fake keeps them: id → pair and entries. */
const deeplGlossaries = new Map<string, { source: string; target: string; entries: Map<string, string> }>();
const DEEPL_GLOSSARY_PAIRS = [
  ['en', 'es'],
  ['en', 'fr'],
  ['en', 'ar'],
  ['fr', 'en'],
];

/** The v2 glossaries API as documented: pairs, create (TSV entries, checked), delete. */
function playDeeplGlossaries(request: Received, bad: (message: string) => Answer): Answer | null {
  if (request.path === '/v2/glossary-language-pairs') {
    if (request.method !== 'GET') return bad(`${request.method} ${request.path}`);
    return { status: 200, body: { supported_languages: DEEPL_GLOSSARY_PAIRS.map(([source_lang, target_lang]) => ({ source_lang, target_lang })) } };
  }
  if (request.path === '/v2/glossaries' && request.method === 'POST') {
    if (!isJson(request)) return bad(`Content-Type ${request.headers['content-type']}`);
    const body = request.json as { name?: unknown; source_lang?: unknown; target_lang?: unknown; entries?: unknown; entries_format?: unknown };
    if (typeof body?.name !== 'string' || body.name.trim() === '') return bad('Missing name');
    if (!DEEPL_GLOSSARY_PAIRS.some(([source, target]) => source === body.source_lang && target === body.target_lang)) {
      return bad(`Unsupported glossary language pair ${body.source_lang}-${body.target_lang}`);
    }
    if (body.entries_format !== 'tsv') return bad(`entries_format ${body.entries_format}`);
    if (typeof body.entries !== 'string' || body.entries === '') return bad('Missing entries');
    const entries = new Map<string, string>();
    for (const line of body.entries.split('\n')) {
      const cells = line.split('\t');
      if (cells.length !== 2 || cells.some((cell) => cell === '' || cell !== cell.trim())) return bad(`Invalid glossary entry: ${JSON.stringify(line)}`);
      if (entries.has(cells[0]!)) return bad(`Duplicate source entry: ${cells[0]}`);
      entries.set(cells[0]!, cells[1]!);
    }
    const id = `glossary-${deeplGlossaries.size + 1}-${Date.now()}`;
    deeplGlossaries.set(id, { source: body.source_lang as string, target: body.target_lang as string, entries });
    return {
      status: 201,
      body: { glossary_id: id, name: body.name, ready: true, source_lang: body.source_lang, target_lang: body.target_lang, entry_count: entries.size },
    };
  }
  const deleting = /^\/v2\/glossaries\/([^/]+)$/.exec(request.path);
  if (deleting && request.method === 'DELETE') return deeplGlossaries.delete(deleting[1]!) ? { status: 204 } : { status: 404, body: { message: 'Not found' } };
  return null;
}

function playDeepl(request: Received): Answer {
  const bad = (message: string): Answer => ({ status: 400, body: { message } });
  if (request.headers.authorization !== `DeepL-Auth-Key ${DEEPL_KEY}`) return { status: 403, body: { message: 'Authorization failed' } };
  const glossaryAnswer = playDeeplGlossaries(request, bad);
  if (glossaryAnswer) return glossaryAnswer;
  if (request.path === '/v2/languages') {
    if (request.method !== 'GET') return bad(`${request.method} /v2/languages`);
    const type = request.query.get('type');
    if (type !== 'source' && type !== 'target') return bad(`type=${type}`);
    const codes = type === 'source' ? DEEPL_SOURCES : DEEPL_TARGETS;
    return {
      status: 200,
      body: codes.map((language) => ({ language, name: `Language ${language}`, ...(type === 'target' ? { supports_formality: false } : {}) })),
    };
  }
  if (request.path === '/v2/translate') {
    if (request.method !== 'POST') return bad(`${request.method} /v2/translate`);
    if ([...request.query].length > 0) return bad('unexpected query');
    if (!isJson(request)) return bad(`Content-Type ${request.headers['content-type']}`);
    if (request.bytes >= DEEPL_MAX_BODY) return { status: 413, body: { message: `Request Entity Too Large: ${request.bytes} bytes` } };
    const body = request.json as { text?: unknown; source_lang?: unknown; target_lang?: unknown; tag_handling?: unknown };
    if (!isStringList(body?.text) || body.text.length === 0) return bad("Parameter 'text' not specified.");
    if (body.text.length > 50) return bad(`Too many texts: ${body.text.length}`);
    if (typeof body.source_lang !== 'string' || !DEEPL_SOURCES.includes(body.source_lang))
      return bad(`Value for 'source_lang' not supported: ${body.source_lang}`);
    if (typeof body.target_lang !== 'string' || !DEEPL_TARGETS.includes(body.target_lang))
      return bad(`Value for 'target_lang' not supported: ${body.target_lang}`);
    if (body.tag_handling !== 'html') return bad(`tag_handling ${body.tag_handling}`);
    const { source_lang: source, target_lang: target } = body;
    const glossaryId = (body as { glossary_id?: unknown }).glossary_id;
    const glossary = glossaryId === undefined ? null : deeplGlossaries.get(String(glossaryId));
    if (glossaryId !== undefined && !glossary) return { status: 404, body: { message: `Glossary ${glossaryId} not found` } };
    if (glossary && (glossary.source !== source.toLowerCase() || glossary.target !== target.split('-')[0]!.toLowerCase())) {
      return bad(`Glossary ${glossaryId} is for ${glossary.source}-${glossary.target}, not ${source}-${target}`);
    }
    // A glossary's entries are applied as DeepL applies them: the target form wherever the source term stands.
    const applied = (text: string) => [...(glossary?.entries ?? [])].reduce((out, [from, to]) => out.split(from).join(to), text);
    return {
      status: 200,
      body: { translations: body.text.map((text) => ({ detected_source_language: source, text: `[${target.toLowerCase()}] ${applied(text)}` })) },
    };
  }
  return { status: 404, body: { message: 'Not found' } };
}

describe('the DeepL engine', () => {
  let deepl: FakeProvider;
  let engine: TranslationEngine;

  before(async () => {
    deepl = await startProvider(playDeepl);
  });
  after(() => deepl.close());
  beforeEach(() => {
    deepl.reset();
    engine = createDeeplEngine({ apiKey: DEEPL_KEY, baseUrl: deepl.url, call: FAST });
  });

  it('sends a free key (ending :fx) to api-free.deepl.com and a paid key to api.deepl.com', () => {
    assert.equal(deeplBaseUrl('279a2e9d-83b3-c416-7e2d-f721593e42a0:fx'), 'https://api-free.deepl.com');
    assert.equal(deeplBaseUrl('279a2e9d-83b3-c416-7e2d-f721593e42a0'), 'https://api.deepl.com');
  });

  it('offers every source to every target as BCP 47 pairs, regional variants collapsed, never a language to itself', async () => {
    const pairs = (await engine.pairs()).map((p) => `${p.from}>${p.to}`);
    for (const pair of ['en>es', 'ar>en', 'en>pt', 'en>zh', 'zh>en', 'de>nb', 'pt>en']) assert.ok(pairs.includes(pair), pair);
    assert.ok(!pairs.includes('en>en'), 'no en>en');
    assert.ok(!pairs.some((p) => /[A-Z-]/.test(p.replace('>', ''))), `only primary lower-case tags: ${pairs.join(' ')}`);
    assert.equal(new Set(pairs).size, pairs.length, 'no duplicates');
    assert.equal(pairs.length, 7 * 7 - 7);
  });

  it('translates a batch of 120 segments in order, in 3 requests of at most 50', async () => {
    const segments = range(120, (i) => `Paragraph <em id="t${i}">${i}</em> of the report.`);
    const out = await engine.translate(segments, EN_ES);
    assert.deepEqual(
      out,
      segments.map((s) => `[es] ${s}`),
    );
    const requests = deepl.to('/v2/translate');
    assert.deepEqual(
      requests.map((r) => (r.json as { text: string[] }).text.length),
      [50, 50, 20],
    );
    assert.deepEqual(
      requests.map((r) => (r.json as { source_lang: string }).source_lang),
      ['EN', 'EN', 'EN'],
    );
  });

  it('translates into English as EN-GB, Portuguese as PT-PT and Chinese as ZH-HANS', async () => {
    assert.deepEqual(await engine.translate(['Hola'], { from: 'es', to: 'en' }), ['[en-gb] Hola']);
    assert.deepEqual(await engine.translate(['Hello'], { from: 'en', to: 'pt' }), ['[pt-pt] Hello']);
    assert.deepEqual(await engine.translate(['Hello'], { from: 'en', to: 'zh' }), ['[zh-hans] Hello']);
  });

  it('splits long Chinese text so that every request body stays under 128 KiB', async () => {
    const segments = range(40, (i) => `${i}${'协议'.repeat(1000)}`);
    const out = await engine.translate(segments, { from: 'zh', to: 'en' });
    assert.deepEqual(
      out,
      segments.map((s) => `[en-gb] ${s}`),
    );
    const requests = deepl.to('/v2/translate');
    assert.ok(requests.length >= 2);
    for (const request of requests) assert.ok(request.bytes < DEEPL_MAX_BODY, `${request.bytes} bytes`);
  });

  it('retries a 429 with Retry-After: 0 transparently', async () => {
    deepl.script('/v2/translate', { status: 429, headers: { 'retry-after': '0' }, body: { message: 'Too many requests' } });
    assert.deepEqual(await engine.translate(['Hello'], EN_ES), ['[es] Hello']);
    assert.equal(deepl.to('/v2/translate').length, 2);
  });

  it('retries a 503 once and then succeeds', async () => {
    deepl.script('/v2/translate', { status: 503, body: { message: 'Service unavailable' } });
    assert.deepEqual(await engine.translate(['Hello'], EN_ES), ['[es] Hello']);
    assert.equal(deepl.to('/v2/translate').length, 2);
  });

  it('reports a refused key as auth_failed without retrying', async () => {
    await engine.pairs();
    deepl.script('/v2/translate', { status: 403, body: { message: 'Authorization failed' } });
    await assert.rejects(engine.translate(['Hello'], EN_ES), { name: 'EngineError', code: 'auth_failed' });
    assert.equal(deepl.to('/v2/translate').length, 1);
  });

  it('reports a wrong key as auth_failed, already when listing languages', async () => {
    const wrong = createDeeplEngine({ apiKey: 'someone-else:fx', baseUrl: deepl.url, call: FAST });
    await assert.rejects(wrong.pairs(), (error) => error instanceof EngineError && error.code === 'auth_failed');
  });

  it('reports HTTP 456 as quota_exceeded without retrying', async () => {
    deepl.script('/v2/translate', { status: 456, body: { message: 'Quota Exceeded' } });
    await assert.rejects(engine.translate(['Hello'], EN_ES), { code: 'quota_exceeded' });
    assert.equal(deepl.to('/v2/translate').length, 1);
  });

  it('gives up on a request that hangs with timeout', async () => {
    const impatient = createDeeplEngine({ apiKey: DEEPL_KEY, baseUrl: deepl.url, call: SHORT_TIMEOUT });
    await impatient.pairs();
    deepl.script('/v2/translate', 'hang');
    const started = Date.now();
    await assert.rejects(impatient.translate(['Hello'], EN_ES), { code: 'timeout' });
    assert.ok(Date.now() - started < 1500, 'gave up soon after 200 ms');
  });

  it('rejects an answer with fewer translations than texts sent as bad_response', async () => {
    deepl.script('/v2/translate', { status: 200, body: { translations: [{ detected_source_language: 'EN', text: '[es] uno' }] } });
    await assert.rejects(engine.translate(['one', 'two'], EN_ES), { code: 'bad_response' });
  });

  it('keeps and forces glossary terms, making one DeepL glossary for the pair and replacing it when the terms change', async () => {
    const glossary: PairGlossary = {
      from: 'en',
      to: 'es',
      terms: [
        { id: 2, kind: 'force', term: 'Member States', target: 'Estados miembros' },
        { id: 1, kind: 'keep', term: 'ICESCO', target: 'ICESCO' },
      ],
      forbidden: [],
    };
    const story = segmentStory({ title: 'ICESCO and its Member States', summary: '', bodyHtml: '<p>The member states of ICESCO met.</p>' }, [], glossary);
    assert.deepEqual(story.segments, [
      '<span id="g1">ICESCO</span> and its <span id="g2">Member States</span>',
      'The <span id="g1">member states</span> of <span id="g2">ICESCO</span> met.',
    ]);
    const native = { entries: glossary.terms.map((term) => ({ source: term.term, target: term.target })) };
    const rebuilt = story.rebuild(await engine.translate(story.segments, EN_ES, native));
    assert.equal(rebuilt.title, '[es] ICESCO and its Estados miembros');
    assert.equal(rebuilt.bodyHtml, '<p>[es] The Estados miembros of ICESCO met.</p>');

    const created = deepl.received.filter((r) => r.path === '/v2/glossaries' && r.method === 'POST');
    assert.equal(created.length, 1);
    assert.deepEqual(created[0]!.json, {
      name: (created[0]!.json as { name: string }).name,
      source_lang: 'en',
      target_lang: 'es',
      entries: 'Member States\tEstados miembros\nICESCO\tICESCO',
      entries_format: 'tsv',
    });
    const id = [...deeplGlossaries.keys()].at(-1);
    assert.ok(deepl.to('/v2/translate').every((r) => (r.json as { glossary_id?: string }).glossary_id === id));

    await engine.translate(['Member States'], EN_ES, native);
    assert.equal(deepl.received.filter((r) => r.path === '/v2/glossaries').length, 1, 'the same entries use the same glossary');
    await engine.translate(['Member States'], EN_ES, { entries: [{ source: 'Member States', target: 'Estados Miembros' }] });
    assert.equal(deepl.received.filter((r) => r.path === '/v2/glossaries').length, 2, 'new entries make a new glossary');
    assert.equal(deepl.to(`/v2/glossaries/${id}`)[0]?.method, 'DELETE', 'the replaced glossary is deleted');
    assert.ok(!deeplGlossaries.has(id!));
    assert.deepEqual(await engine.translate(['Hello'], { from: 'en', to: 'de' }, native), ['[de] Hello'], 'no glossary for a pair DeepL has none for');
    assert.equal((deepl.to('/v2/translate').at(-1)!.json as { glossary_id?: string }).glossary_id, undefined);
  });

  it('translates an empty list without any request', async () => {
    assert.deepEqual(await engine.translate([], EN_ES), []);
    assert.equal(deepl.received.length, 0);
  });

  it('refuses a pair DeepL does not offer as unsupported_pair, without a translate request', async () => {
    await assert.rejects(engine.translate(['Hello'], { from: 'en', to: 'ms' }), { code: 'unsupported_pair' });
    assert.equal(deepl.to('/v2/translate').length, 0);
  });

  it('passes language-list failures on as EngineError', async () => {
    deepl.script('/v2/languages', { status: 200, body: { unexpected: true } });
    await assert.rejects(engine.pairs(), (error) => error instanceof EngineError && error.code === 'bad_response');
    // Sources and targets are listed in two requests, each tried three times.
    deepl.script('/v2/languages', ...Array.from({ length: 6 }, (): Answer => ({ status: 503 })));
    await assert.rejects(engine.pairs(), (error) => error instanceof EngineError && error.code === 'unavailable');
    assert.ok((await engine.pairs()).length > 0, 'tries again after a failure');
  });
});

// ---- Google Translate v2 ----

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

// ---- LibreTranslate ----

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
