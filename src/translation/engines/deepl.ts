/**
 * DeepL API v2. What it needs handled:
 * - free keys (ending `:fx`) only work against api-free.deepl.com, paid ones against api.deepl.com;
 * - at most 50 texts per request and a request body under 128 KiB;
 * - upper-case codes, and targets with a regional variant (EN-GB/EN-US, PT-PT/PT-BR,
 *   ZH-HANS/ZH-HANT) that the site collapses to one language each;
 * - HTTP 456 when the account's character quota is used up (mapped by http.ts).
 */
import { defineEngine, EngineError, type LanguagePair, type TranslationEngine } from './engine.ts';
import { type CallOptions, callJson, DEFAULT_CALL_OPTIONS } from './http.ts';

export const DEEPL_MAX_TEXTS = 50;
/**
 * UTF-16 code units of text per request. The body must stay under 128 KiB (131,072 bytes): a code unit
 * takes at most 3 bytes in UTF-8 (CJK, for instance) and JSON adds a few bytes per text, so 40,000
 * units stays under the limit whatever the script.
 */
export const DEEPL_MAX_CHARS = 40_000;

/** The variant used when translating into a language DeepL offers in several. */
const PREFERRED_TARGET: Record<string, string[]> = {
  en: ['EN-GB', 'EN-US', 'EN'],
  pt: ['PT-PT', 'PT-BR', 'PT'],
  zh: ['ZH-HANS', 'ZH', 'ZH-HANT'],
};

/** Free keys end with `:fx` and only work against the free API host. */
export function deeplBaseUrl(apiKey: string): string {
  return apiKey.trim().endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/** `EN-GB` → `en`, `ZH-HANS` → `zh`, `NB` → `nb`. */
export function deeplToBcp47(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}

/** Groups DeepL codes by site language and picks one code for each (the preferred variant if offered). */
function byLanguage(codes: string[]): Map<string, string> {
  const grouped = new Map<string, string[]>();
  for (const code of codes) {
    const language = deeplToBcp47(code);
    grouped.set(language, [...(grouped.get(language) ?? []), code]);
  }
  const chosen = new Map<string, string>();
  for (const [language, offered] of grouped) {
    const preferred = [...(PREFERRED_TARGET[language] ?? []), language.toUpperCase()].find((code) => offered.includes(code));
    chosen.set(language, preferred ?? offered[0]!);
  }
  return chosen;
}

interface DeeplPair extends LanguagePair {
  sourceLang: string;
  targetLang: string;
}

export function createDeeplEngine({
  apiKey,
  baseUrl,
  call = DEFAULT_CALL_OPTIONS,
}: {
  apiKey: string;
  baseUrl?: string;
  call?: CallOptions;
}): TranslationEngine {
  const base = (baseUrl ?? deeplBaseUrl(apiKey)).replace(/\/+$/, '');
  const auth = { authorization: `DeepL-Auth-Key ${apiKey}` };

  async function languages(type: 'source' | 'target'): Promise<string[]> {
    const body = await callJson('deepl', `${base}/v2/languages?type=${type}`, { method: 'GET', headers: auth }, call);
    if (!Array.isArray(body) || !body.every((l) => typeof (l as { language?: unknown })?.language === 'string')) {
      throw new EngineError('deepl', 'bad_response', `/v2/languages?type=${type} is not a list of languages`);
    }
    return body.map((l) => (l as { language: string }).language.toUpperCase());
  }

  async function listPairs(): Promise<DeeplPair[]> {
    const [sources, targets] = await Promise.all([languages('source'), languages('target')]);
    const result: DeeplPair[] = [];
    const targetCodes = byLanguage(targets);
    for (const [from, sourceLang] of byLanguage(sources)) {
      for (const [to, targetLang] of targetCodes) {
        if (from !== to) result.push({ from, to, sourceLang, targetLang });
      }
    }
    return result;
  }

  async function translateBatch(texts: string[], pair: DeeplPair): Promise<string[]> {
    const body = (await callJson(
      'deepl',
      `${base}/v2/translate`,
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ text: texts, source_lang: pair.sourceLang, target_lang: pair.targetLang, tag_handling: 'html' }),
      },
      call,
    )) as { translations?: unknown };
    const translations = body?.translations;
    if (!Array.isArray(translations)) throw new EngineError('deepl', 'bad_response', 'no translations in the answer');
    if (translations.length !== texts.length) {
      throw new EngineError('deepl', 'bad_response', `sent ${texts.length} texts, got ${translations.length} translations`);
    }
    return translations.map((t) => {
      const text = (t as { text?: unknown })?.text;
      if (typeof text !== 'string') throw new EngineError('deepl', 'bad_response', 'a translation without text');
      return text;
    });
  }

  return defineEngine({ id: 'deepl', name: 'DeepL', listPairs, limits: { maxItems: DEEPL_MAX_TEXTS, maxChars: DEEPL_MAX_CHARS }, translateBatch });
}
