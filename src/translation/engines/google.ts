/**
 * Google Cloud Translation v2 (Basic), with an API key. What it needs handled:
 * - at most 128 strings per request, and requests kept under about 30,000 characters;
 * - translatedText comes back with characters escaped as references (`&#39;`, `&quot;`) even for
 *   HTML, while segments carry real characters: references are decoded, except `&amp;`, `&lt;` and
 *   `&gt;`, which the fragment needs to stay valid HTML;
 * - legacy and regional codes (`iw` for Hebrew, `jw` for Javanese, `zh-CN`/`zh-TW`);
 * - an invalid key is a 400 ("API key not valid"), not a 401/403.
 */
import { decode } from 'html-entities';
import { defineEngine, EngineError, type LanguagePair, type TranslationEngine } from './engine.ts';
import { type CallOptions, callJson, DEFAULT_CALL_OPTIONS } from './http.ts';

export const GOOGLE_MAX_STRINGS = 128;
export const GOOGLE_MAX_CHARS = 30_000;

const ALIASES: Record<string, string> = { iw: 'he', jw: 'jv' };
/** The code used for a language Google offers under several. */
const PREFERRED: Record<string, string[]> = {
  zh: ['zh-CN', 'zh', 'zh-TW'],
  he: ['he', 'iw'],
  jv: ['jv', 'jw'],
};

/** `zh-CN` → `zh`, `iw` → `he`, `jw` → `jv`, `mni-Mtei` → `mni`. */
export function googleToBcp47(code: string): string {
  const primary = code.split('-')[0]!.toLowerCase();
  return ALIASES[primary] ?? primary;
}

const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
const KEPT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Turns character references in the text of an HTML fragment back into characters, leaving tags as
 * they are and `&amp;`, `&lt;`, `&gt;` escaped (in any spelling, `&#38;` included).
 */
export function decodeGoogleHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(ENTITY, (entity) => {
            const character = decode(entity, { level: 'html5' });
            return KEPT[character] ?? character;
          }),
    )
    .join('');
}

interface GooglePair extends LanguagePair {
  source: string;
  target: string;
}

export function createGoogleEngine({
  apiKey,
  baseUrl = 'https://translation.googleapis.com',
  call = DEFAULT_CALL_OPTIONS,
}: {
  apiKey: string;
  baseUrl?: string;
  call?: CallOptions;
}): TranslationEngine {
  const base = baseUrl.replace(/\/+$/, '');
  const key = `key=${encodeURIComponent(apiKey)}`;

  /** Google answers an unknown key with 400 rather than 401/403. */
  async function request(url: string, init: RequestInit): Promise<unknown> {
    try {
      return await callJson('google', url, init, call);
    } catch (error) {
      if (error instanceof EngineError && error.code === 'rejected' && /API key not valid|API_KEY_INVALID/.test(error.message)) {
        throw new EngineError('google', 'auth_failed', error.message);
      }
      throw error;
    }
  }

  async function listPairs(): Promise<GooglePair[]> {
    const body = (await request(`${base}/language/translate/v2/languages?${key}`, { method: 'GET' })) as { data?: { languages?: unknown } };
    const languages = body?.data?.languages;
    if (!Array.isArray(languages) || !languages.every((l) => typeof (l as { language?: unknown })?.language === 'string')) {
      throw new EngineError('google', 'bad_response', '/languages without data.languages');
    }
    const grouped = new Map<string, string[]>();
    for (const { language: code } of languages as { language: string }[]) {
      const language = googleToBcp47(code);
      grouped.set(language, [...(grouped.get(language) ?? []), code]);
    }
    const codes = [...grouped].map(([language, offeredCodes]) => {
      const preferred = (PREFERRED[language] ?? [language]).find((code) => offeredCodes.includes(code));
      return [language, preferred ?? offeredCodes[0]!] as const;
    });
    return codes.flatMap(([from, source]) => codes.filter(([to]) => to !== from).map(([to, target]) => ({ from, to, source, target })));
  }

  async function translateBatch(texts: string[], pair: GooglePair): Promise<string[]> {
    const body = (await request(`${base}/language/translate/v2?${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: texts, source: pair.source, target: pair.target, format: 'html' }),
    })) as { data?: { translations?: unknown } };
    const translations = body?.data?.translations;
    if (!Array.isArray(translations)) throw new EngineError('google', 'bad_response', 'no data.translations in the answer');
    if (translations.length !== texts.length) {
      throw new EngineError('google', 'bad_response', `sent ${texts.length} strings, got ${translations.length} translations`);
    }
    return translations.map((t) => {
      const text = (t as { translatedText?: unknown })?.translatedText;
      if (typeof text !== 'string') throw new EngineError('google', 'bad_response', 'a translation without translatedText');
      return decodeGoogleHtml(text);
    });
  }

  return defineEngine({
    id: 'google',
    name: 'Google Translate',
    listPairs,
    limits: { maxItems: GOOGLE_MAX_STRINGS, maxChars: GOOGLE_MAX_CHARS },
    translateBatch,
  });
}
