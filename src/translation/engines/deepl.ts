/**
 * DeepL API v2. What it needs handled:
 * - free keys (ending `:fx`) only work against api-free.deepl.com, paid ones against api.deepl.com;
 * - at most 50 texts per request and a request body under 128 KiB;
 * - upper-case codes, and targets with a regional variant (EN-GB/EN-US, PT-PT/PT-BR,
 *   ZH-HANS/ZH-HANT) that the site collapses to one language each;
 * - HTTP 456 when the account's character quota is used up (mapped by http.ts);
 * - its own glossaries (v2 glossaries API) are made once per pair and set of entries, for the pairs
 *   `/v2/glossary-language-pairs` lists, and passed as `glossary_id`; the one they replace is deleted.
 */
import { createHash } from 'node:crypto';
import { defineEngine, EngineError, type EngineGlossary, type LanguagePair, type TranslationEngine } from './engine.ts';
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

  const glossaries = createDeeplGlossaries(base, auth, call);

  async function translateBatch(texts: string[], pair: DeeplPair, glossary?: EngineGlossary): Promise<string[]> {
    const glossaryId = glossary ? await glossaries.idFor(pair, glossary) : null;
    const body = (await callJson(
      'deepl',
      `${base}/v2/translate`,
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          text: texts,
          source_lang: pair.sourceLang,
          target_lang: pair.targetLang,
          tag_handling: 'html',
          ...(glossaryId ? { glossary_id: glossaryId } : {}),
        }),
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

/** DeepL's glossaries, made on demand: one per pair and set of entries, the previous one of the pair deleted. */
function createDeeplGlossaries(base: string, auth: Record<string, string>, call: CallOptions) {
  let supported: Promise<Set<string>> | null = null;
  const made = new Map<string, Promise<string | null>>();
  const current = new Map<string, string>();

  const supportedPairs = () => {
    supported ??= callJson('deepl', `${base}/v2/glossary-language-pairs`, { method: 'GET', headers: auth }, call).then(
      (body) => {
        const pairs = (body as { supported_languages?: { source_lang?: unknown; target_lang?: unknown }[] })?.supported_languages ?? [];
        return new Set(pairs.map((pair) => `${String(pair.source_lang).toLowerCase()}>${String(pair.target_lang).toLowerCase()}`));
      },
      (error: unknown) => {
        supported = null;
        throw error;
      },
    );
    return supported;
  };

  async function create(pairKey: string, from: string, to: string, glossary: EngineGlossary, digest: string): Promise<string | null> {
    const entries = [...new Map(glossary.entries.map((entry) => [entry.source.trim(), entry.target.trim()])).entries()]
      .filter(([source, target]) => source && target)
      .map(([source, target]) => `${source}\t${target}`)
      .join('\n');
    const body = (await callJson(
      'deepl',
      `${base}/v2/glossaries`,
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Diwan ${from}-${to} ${digest.slice(0, 12)}`, source_lang: from, target_lang: to, entries, entries_format: 'tsv' }),
      },
      call,
    )) as { glossary_id?: unknown };
    if (typeof body?.glossary_id !== 'string') throw new EngineError('deepl', 'bad_response', 'no glossary_id in the answer');
    const previous = current.get(pairKey);
    current.set(pairKey, body.glossary_id);
    // The old glossary is no use to anyone; failing to delete it costs nothing but a slot.
    if (previous) await callJson('deepl', `${base}/v2/glossaries/${previous}`, { method: 'DELETE', headers: auth }, call).catch(() => undefined);
    return body.glossary_id;
  }

  return {
    /** The glossary to pass for `pair`, made if needed; null when the pair has no glossary or DeepL offers none for it. */
    async idFor(pair: DeeplPair, glossary: EngineGlossary): Promise<string | null> {
      if (glossary.entries.length === 0) return null;
      const from = deeplToBcp47(pair.sourceLang);
      const to = deeplToBcp47(pair.targetLang);
      if (!(await supportedPairs()).has(`${from}>${to}`)) return null;
      const digest = createHash('sha256').update(JSON.stringify(glossary.entries)).digest('hex');
      const key = `${from}>${to}:${digest}`;
      let id = made.get(key);
      if (!id) {
        id = create(`${from}>${to}`, from, to, glossary, digest).catch((error: unknown) => {
          made.delete(key);
          throw error;
        });
        made.set(key, id);
      }
      return id;
    },
  };
}
