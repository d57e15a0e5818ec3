/**
 * Which Diwan language a WordPress language is: Polylang's slug when the site has that language (`fr`),
 * else the language of its locale (`fr_FR` → `fr`, `pt_BR` → `pt-BR` or `pt`).
 */
export interface SiteLanguages {
  defaultLanguage: string;
  /** The site language a WordPress language slug stands for, or null when the site has none such (or none is given). */
  resolve(wordpressLanguage: string | null): string | null;
}

export function siteLanguages(languages: readonly string[], defaultLanguage: string, polylangLocales: Map<string, string>): SiteLanguages {
  const lower = new Map(languages.map((language) => [language.toLowerCase(), language]));
  return {
    defaultLanguage,
    resolve(wordpressLanguage) {
      if (!wordpressLanguage) return null;
      const locale = (polylangLocales.get(wordpressLanguage) ?? wordpressLanguage).replace('_', '-').toLowerCase();
      return lower.get(wordpressLanguage.toLowerCase()) ?? lower.get(locale) ?? lower.get(locale.split('-')[0]!) ?? null;
    },
  };
}
