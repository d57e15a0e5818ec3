/**
 * DeepL against a local server that plays the provider: it checks every request against the provider's
 * documented shape and limits (answering 400 when anything is off, so a wrong request fails the test)
 * and answers in its documented format, or as told: 429, 503, 403, 456, a hang.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { PairGlossary } from '../../glossary/index.ts';
import { segmentStory } from '../segments.ts';
import { createDeeplEngine, deeplBaseUrl } from './deepl.ts';
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
} from './fake-provider.testing.ts';

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
