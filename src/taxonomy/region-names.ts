/** Country names from the platform's CLDR data, so no list of countries is written by hand. */
const displayNames = new Map<string, Intl.DisplayNames>();

export function regionName(code: string, language: string): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code.toUpperCase()) ?? code;
}

/** True when `code` is an ISO 3166-1 alpha-2 region the platform knows. */
export function isRegionCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  return name !== undefined && name !== code;
}
