/** Facts about a language tag that pages need: writing direction and its name, from the platform's Intl data. */

export type Direction = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha-Arab', 'he', 'ks', 'ku-Arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

const directions = new Map<string, Direction>();

export function directionOf(language: string): Direction {
  let direction = directions.get(language);
  if (!direction) {
    direction = findDirection(language);
    directions.set(language, direction);
  }
  return direction;
}

function findDirection(language: string): Direction {
  const locale = new Intl.Locale(language);
  // getTextInfo() is recent (V8 has it); the list covers runtimes without it.
  const direction = typeof locale.getTextInfo === 'function' ? locale.getTextInfo().direction : undefined;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

const languageNames = new Map<string, Intl.DisplayNames>();
/** Names are asked for on every page (the language switcher); ICU's lookup is slow enough to keep them. */
const knownNames = new Map<string, string>();

/** The language's name in the reader's language ("French" on an English page). */
export function languageNameIn(language: string, readerLanguage: string): string {
  const key = `${language} ${readerLanguage}`;
  const known = knownNames.get(key);
  if (known !== undefined) return known;
  let names = languageNames.get(readerLanguage);
  if (!names) {
    names = new Intl.DisplayNames([readerLanguage], { type: 'language' });
    languageNames.set(readerLanguage, names);
  }
  const name = names.of(language) ?? language;
  knownNames.set(key, name);
  return name;
}

/** The language's name in its own language ("العربية", "Français"), capitalized as a menu item. */
export function nativeLanguageName(language: string): string {
  const name = languageNameIn(language, language);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** True for a syntactically valid BCP 47 tag. */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const collators = new Map<string, Intl.Collator>();

/** Sorting in the reader's language's alphabetical order. */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language);
    collators.set(language, collator);
  }
  return collator;
}
