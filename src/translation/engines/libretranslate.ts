/**
 * LibreTranslate, self-hosted or hosted (libretranslate.com needs an API key). What it needs handled:
 * - servers often run with `--char-limit` (5,000 on the public one) and `--batch-limit`: requests stay
 *   under 5,000 characters and 50 strings; a longer single segment goes alone, and the server's 400
 *   about the limit is 'rejected';
 * - a missing key is a 400 ("… to get an API key"), an invalid one a 403;
 * - script and regional codes (`zh-Hans`/`zh-Hant`, older `zt`, `pt-BR`) collapse to one site language.
 */
import { defineEngine, EngineError, type LanguagePair, type TranslationEngine } from './engine.ts';
import { type CallOptions, callJson, DEFAULT_CALL_OPTIONS } from './http.ts';

export const LIBRETRANSLATE_MAX_STRINGS = 50;
export const LIBRETRANSLATE_MAX_CHARS = 5_000;

const ALIASES: Record<string, string> = { zt: 'zh' };
/** The code used for a language the server offers under several, best first. */
const PREFERRED: Record<string, string[]> = {
  zh: ['zh-Hans', 'zh', 'zt', 'zh-Hant'],
  pt: ['pt', 'pt-PT', 'pt-BR'],
};

/** `zh-Hans` → `zh`, `zt` → `zh`, `pt-BR` → `pt`. */
export function libreToBcp47(code: string): string {
  const primary = code.split('-')[0]!.toLowerCase();
  return ALIASES[primary] ?? primary;
}

function rank(code: string): number {
  const language = libreToBcp47(code);
  const index = (PREFERRED[language] ?? [language]).indexOf(code);
  return index < 0 ? 99 : index;
}

interface LibrePair extends LanguagePair {
  source: string;
  target: string;
}

interface LibreLanguage {
  code: string;
  targets?: unknown;
}

export function createLibreTranslateEngine({
  baseUrl,
  apiKey,
  call = DEFAULT_CALL_OPTIONS,
}: {
  baseUrl: string;
  apiKey?: string;
  call?: CallOptions;
}): TranslationEngine {
  const base = baseUrl.replace(/\/+$/, '');

  /** A server that wants a key answers 400 without one. */
  async function request(url: string, init: RequestInit): Promise<unknown> {
    try {
      return await callJson('libretranslate', url, init, call);
    } catch (error) {
      if (error instanceof EngineError && error.code === 'rejected' && /API key/i.test(error.message)) {
        throw new EngineError('libretranslate', 'auth_failed', error.message);
      }
      throw error;
    }
  }

  async function listPairs(): Promise<LibrePair[]> {
    const body = await request(`${base}/languages`, { method: 'GET' });
    if (!Array.isArray(body) || !body.every((l) => typeof (l as LibreLanguage)?.code === 'string' && Array.isArray((l as LibreLanguage).targets))) {
      throw new EngineError('libretranslate', 'bad_response', '/languages is not a list of languages with targets');
    }
    const best = new Map<string, LibrePair>();
    for (const { code: source, targets } of body as { code: string; targets: unknown[] }[]) {
      for (const target of targets) {
        if (typeof target !== 'string') continue;
        const from = libreToBcp47(source);
        const to = libreToBcp47(target);
        if (from === to) continue;
        const known = best.get(`${from}>${to}`);
        if (!known || rank(source) < rank(known.source) || (rank(source) === rank(known.source) && rank(target) < rank(known.target))) {
          best.set(`${from}>${to}`, { from, to, source, target });
        }
      }
    }
    return [...best.values()];
  }

  async function translateBatch(texts: string[], pair: LibrePair): Promise<string[]> {
    const body = (await request(`${base}/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: texts, source: pair.source, target: pair.target, format: 'html', ...(apiKey ? { api_key: apiKey } : {}) }),
    })) as { translatedText?: unknown };
    const translated = body?.translatedText;
    if (!Array.isArray(translated)) throw new EngineError('libretranslate', 'bad_response', 'translatedText is not a list');
    if (translated.length !== texts.length) {
      throw new EngineError('libretranslate', 'bad_response', `sent ${texts.length} strings, got ${translated.length} translations`);
    }
    if (!translated.every((t) => typeof t === 'string')) throw new EngineError('libretranslate', 'bad_response', 'a translation that is not text');
    return translated as string[];
  }

  return defineEngine({
    id: 'libretranslate',
    name: 'LibreTranslate',
    listPairs,
    limits: { maxItems: LIBRETRANSLATE_MAX_STRINGS, maxChars: LIBRETRANSLATE_MAX_CHARS },
    translateBatch,
  });
}
