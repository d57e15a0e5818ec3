/** Interface text lookup: ICU MessageFormat with the language's own plural rules, English as fallback catalog. */
import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './catalogs/ar.ts';
import { ca } from './catalogs/ca.ts';
import { type Catalog, en, type MessageKey, type ReaderCatalog } from './catalogs/en.ts';
import { es } from './catalogs/es.ts';
import { fr } from './catalogs/fr.ts';

export type { MessageKey } from './catalogs/en.ts';

/** Complete catalogs: the languages the admin is offered in. */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, fr, ar };
/** Reader catalogs for languages that machine translation reaches. */
export const READER_CATALOGS: Readonly<Record<string, ReaderCatalog>> = { es, ca };

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const translators = new Map<string, Translate>();

/** The catalog language used for `language`: its own when shipped, else English. */
export function catalogLanguage(language: string): string {
  const has = (tag: string) => Boolean(CATALOGS[tag] ?? READER_CATALOGS[tag]);
  if (has(language)) return language;
  const base = new Intl.Locale(language).language;
  return has(base) ? base : 'en';
}

/** A `t` function for one language; formatters are compiled once per message, and texts without values kept. */
export function translatorFor(language: string): Translate {
  const existing = translators.get(language);
  if (existing) return existing;
  const own = catalogLanguage(language);
  const catalog: Catalog = CATALOGS[own] ?? { ...en, ...READER_CATALOGS[own] };
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const plain = new Map<MessageKey, string>();
  const formatOf = (key: MessageKey) => {
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(catalog[key], language);
      compiled.set(key, format);
    }
    return format;
  };
  // Pages ask for the same fixed labels on every render.
  const translate: Translate = (key, values) => {
    if (values !== undefined) return String(formatOf(key).format(values));
    let text = plain.get(key);
    if (text === undefined) {
      text = String(formatOf(key).format());
      plain.set(key, text);
    }
    return text;
  };
  translators.set(language, translate);
  return translate;
}
