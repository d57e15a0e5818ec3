/**
 * Apertium APY, the free self-hosted engine. What its Debian release (3.8) needs handled:
 * - no batch form: one segment per request (several packed into one request came back with parts
 *   silently missing), sent a few at a time;
 * - long requests can come back cut off with HTTP 200, so a long segment is cut at sentence ends
 *   and every answer is checked for completeness (its placeholders all back, not drastically shorter);
 * - character entities come back garbled, so only real characters are sent (segments arrive so);
 * - three-letter language codes, `zlm` for Malay, and chains (`/translateChain`) for pairs it only
 *   reaches through a third language, such as English → Catalan → French;
 * - its transfer rules move words across inline tags ("Director-General Dr." came back as
 *   `<span>Director-Dr.</span> General`), so a glossary placeholder's words go out as one opaque word
 *   (`Xg1`), which it leaves in place, and come back as they were. The words around a term then cannot
 *   agree with it ("su Estados miembros"): the price of the term itself being right.
 */
import { defineEngine, EngineError, type LanguagePair, type TranslationEngine } from './engine.ts';
import { type CallOptions, callJson, DEFAULT_CALL_OPTIONS } from './http.ts';

/** Larger requests risk being cut off without notice. */
export const APERTIUM_SAFE_BYTES = 3000;
const CONCURRENT_REQUESTS = 4;

/**
 * APY's ISO 639-3 code as a BCP 47 language tag, from ICU's aliases (`eng` → `en`, `arb` → `ar`); a
 * language without a shorter code keeps its own (`ast`). Regional forms (`por_BR`) are left out. A table
 * of every ISO 639-3 language did the same for about 6 MB more memory in every serving process.
 */
export function bcp47Of(apertiumCode: string): string | null {
  if (apertiumCode === 'zlm') return 'ms';
  if (!/^[a-z]{3}$/.test(apertiumCode)) return null;
  const tag = Intl.getCanonicalLocales(apertiumCode)[0]!;
  return /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

type ApertiumPair = LanguagePair & { chained: boolean; codes: string };

interface ApyPair {
  sourceLanguage: string;
  targetLanguage: string;
}

/** Every pair reachable through installed pairs, and whether it needs a chain. */
function reachable(direct: LanguagePair[]): (LanguagePair & { chained: boolean })[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of direct) next.set(from, [...(next.get(from) ?? []), to]);
  const result: (LanguagePair & { chained: boolean })[] = [];
  for (const from of next.keys()) {
    const seen = new Set([from]);
    let frontier = [from];
    for (let hops = 1; frontier.length > 0; hops++) {
      const following: string[] = [];
      for (const language of frontier) {
        for (const to of next.get(language) ?? []) {
          if (seen.has(to)) continue;
          seen.add(to);
          following.push(to);
          result.push({ from, to, chained: hops > 1 });
        }
      }
      frontier = following;
    }
  }
  return result;
}

/**
 * Cuts a segment too long for one request into pieces at sentence ends (or, failing that, spaces)
 * that lie outside any inline element, so every piece is still well-formed.
 */
export function splitLongSegment(segment: string, maxBytes = APERTIUM_SAFE_BYTES): string[] {
  if (Buffer.byteLength(segment) <= maxBytes) return [segment];
  const cuts: { at: number; sentence: boolean }[] = [];
  let depth = 0;
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '<') {
      const close = segment.indexOf('>', i);
      const tag = segment.slice(i, close + 1);
      if (tag.startsWith('</')) depth--;
      else if (!tag.endsWith('/>') && !/^<(br|img|wbr)\b/i.test(tag)) depth++;
      i = close;
    } else if (depth === 0 && char === ' ') {
      cuts.push({ at: i + 1, sentence: /[.!?؟。]["'”’)]*$/.test(segment.slice(Math.max(0, i - 3), i)) });
    }
  }
  const pieces: string[] = [];
  let start = 0;
  while (Buffer.byteLength(segment.slice(start)) > maxBytes) {
    const fitting = cuts.filter((cut) => cut.at > start && Buffer.byteLength(segment.slice(start, cut.at)) <= maxBytes);
    const cut = fitting.filter((c) => c.sentence).at(-1) ?? fitting.at(-1);
    if (!cut) break;
    pieces.push(segment.slice(start, cut.at).trim());
    start = cut.at;
  }
  pieces.push(segment.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

const placeholders = (html: string) => (html.match(/ id="[tpg]\d+"/g) ?? []).sort().join();
const TERM_PLACEHOLDER = /<span id="(g\d+)">([^<]*)<\/span>/g;

/** A segment with each glossary placeholder's words replaced by an opaque word, and how to put them back. */
export function opaqueTerms(segment: string): { sent: string; restore(translated: string): string } {
  const words = new Map<string, string>();
  const sent = segment.replace(TERM_PLACEHOLDER, (_all, id: string, inner: string) => {
    words.set(id, inner);
    return `<span id="${id}">X${id}</span>`;
  });
  return {
    sent,
    restore: (translated) => translated.replace(TERM_PLACEHOLDER, (all, id: string) => (words.has(id) ? `<span id="${id}">${words.get(id)}</span>` : all)),
  };
}

/** True when an answer plausibly holds the whole segment: every placeholder back and not cut short. */
export function looksComplete(source: string, translated: string): boolean {
  if (placeholders(source) !== placeholders(translated)) return false;
  const sourceText = source.replace(/<[^>]*>/g, '').trim();
  const translatedText = translated.replace(/<[^>]*>/g, '').trim();
  return sourceText.length < 20 || translatedText.length >= sourceText.length * 0.4;
}

export function createApertiumEngine({ baseUrl, call = DEFAULT_CALL_OPTIONS }: { baseUrl: string; call?: CallOptions }): TranslationEngine {
  const base = baseUrl.replace(/\/+$/, '');

  async function listPairs() {
    const body = (await callJson('apertium', `${base}/listPairs`, { method: 'GET' }, call)) as { responseData?: ApyPair[] };
    if (!Array.isArray(body.responseData)) throw new EngineError('apertium', 'bad_response', '/listPairs without responseData');
    const codeOf = new Map<string, string>();
    const direct: LanguagePair[] = [];
    for (const { sourceLanguage, targetLanguage } of body.responseData) {
      const from = bcp47Of(sourceLanguage);
      const to = bcp47Of(targetLanguage);
      if (!from || !to) continue;
      if (!codeOf.has(from)) codeOf.set(from, sourceLanguage);
      if (!codeOf.has(to)) codeOf.set(to, targetLanguage);
      direct.push({ from, to });
    }
    return reachable(direct).map((pair): ApertiumPair => ({ ...pair, codes: `${codeOf.get(pair.from)}|${codeOf.get(pair.to)}` }));
  }

  async function translateOne(segment: string, pair: ApertiumPair): Promise<string> {
    const pieces = splitLongSegment(segment);
    if (pieces.length > 1) return (await Promise.all(pieces.map((piece) => translateOne(piece, pair)))).join(' ');
    if (Buffer.byteLength(segment) > APERTIUM_SAFE_BYTES) {
      throw new EngineError('apertium', 'rejected', `a segment of ${Buffer.byteLength(segment)} bytes cannot be cut small enough for a safe request`);
    }
    const terms = opaqueTerms(segment);
    const form = new URLSearchParams({ q: terms.sent, markUnknown: 'no', ...(pair.chained ? { langpairs: pair.codes } : { langpair: pair.codes }) });
    const body = (await callJson(
      'apertium',
      `${base}/${pair.chained ? 'translateChain' : 'translate'}`,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form },
      call,
    )) as { responseData?: { translatedText?: unknown } };
    const translated = body.responseData?.translatedText;
    if (typeof translated !== 'string') throw new EngineError('apertium', 'bad_response', 'no translatedText');
    if (!looksComplete(terms.sent, translated)) throw new EngineError('apertium', 'bad_response', 'the answer is incomplete (cut off or missing markup)');
    return terms.restore(translated);
  }

  return defineEngine({
    id: 'apertium',
    name: 'Apertium',
    listPairs,
    // One segment per request, a few requests at a time.
    async translateBatch(segments, pair) {
      const results = new Array<string>(segments.length);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < segments.length; i = next++) results[i] = await translateOne(segments[i]!, pair);
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENT_REQUESTS, segments.length) }, worker));
      return results;
    },
  });
}
