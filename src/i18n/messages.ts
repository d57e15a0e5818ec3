/** Interface text lookup: ICU MessageFormat with the language's own plural rules, English as fallback catalog. */
import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './catalogs/ar.ts';
import { type Catalog, en, type MessageKey } from './catalogs/en.ts';
import { fr } from './catalogs/fr.ts';

export type { MessageKey } from './catalogs/en.ts';

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, fr, ar };

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const translators = new Map<string, Translate>();

/** The catalog language used for `language`: its own when shipped, else English. */
export function catalogLanguage(language: string): string {
  if (CATALOGS[language]) return language;
  const base = new Intl.Locale(language).language;
  return CATALOGS[base] ? base : 'en';
}

/** A `t` function for one language; formatters are compiled once per message and reused. */
export function translatorFor(language: string): Translate {
  const existing = translators.get(language);
  if (existing) return existing;
  const catalog = CATALOGS[catalogLanguage(language)] ?? en;
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const translate: Translate = (key, values) => {
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(catalog[key], language);
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
  translators.set(language, translate);
  return translate;
}
