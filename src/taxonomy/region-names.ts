/** Country names from the platform's CLDR data, so no list of countries is written by hand. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** Pages name the same Member States over and over; ICU's lookup is worth doing once. */
const knownRegions = new Map<string, string>();

export function regionName(code: string, language: string): string {
  const key = `${code} ${language}`;
  const known = knownRegions.get(key);
  if (known !== undefined) return known;
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  const name = names.of(code.toUpperCase()) ?? code;
  knownRegions.set(key, name);
  return name;
}

let strictNames: Intl.DisplayNames | undefined;

/** True when `code` is an ISO 3166-1 alpha-2 region the platform knows. */
export function isRegionCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  strictNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const name = strictNames.of(code);
  return name !== undefined && name !== code;
}

/** Codes the platform names that are groupings, not countries (EU, UN, eurozone, outlying Oceania, pseudo-locales). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let countryCodes: string[] | undefined;

/** Every ISO 3166-1 alpha-2 country the platform knows, found by asking it about each pair of letters. */
export function allCountryCodes(): string[] {
  if (!countryCodes) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    countryCodes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((code) => isRegionCode(code) && !NOT_COUNTRIES.has(code));
  }
  return countryCodes;
}
