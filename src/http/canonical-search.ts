/**
 * A search has one address: its words with runs of spaces and control characters made one space and cut to
 * `MAX_QUERY_LENGTH` characters, then the filters that are set, in a fixed order, then the page after the
 * first. The search route sends every other spelling there (301), and the page cache keeps only that spelling,
 * so a flood of spellings of one search is kept once, and a flood of searches is bounded by the store.
 */
import { paths } from './urls.ts';

/** Longer queries are cut: no reader types more, and the words looked for are bounded anyway. */
export const MAX_QUERY_LENGTH = 200;

/** The filters of a search, in their order in its address. */
export const SEARCH_FILTERS = ['section', 'tag', 'state', 'from', 'to'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

export interface SearchParameters extends Partial<Record<SearchFilterName, string>> {
  q: string;
  page: number;
}

/** The words of a query as they are searched, shown and kept in its address. */
export function normalizeQuery(q: string): string {
  const clean = q
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cs}\s]+/gu, ' ')
    .trim();
  const characters = [...clean];
  return characters.length > MAX_QUERY_LENGTH ? characters.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : clean;
}

/** The query string of a search's one address (without `?`), encoded as browsers encode a form. */
export function canonicalSearchQuery(parameters: SearchParameters): string {
  const out = new URLSearchParams();
  const q = normalizeQuery(parameters.q);
  if (q) out.set('q', q);
  for (const name of SEARCH_FILTERS) {
    const value = parameters[name]?.trim();
    if (value) out.set(name, value);
  }
  if (parameters.page > 1) out.set('page', String(parameters.page));
  return out.toString();
}

export function canonicalSearchUrl(language: string, parameters: SearchParameters): string {
  const query = canonicalSearchQuery(parameters);
  return query ? `${paths.search(language)}?${query}` : paths.search(language);
}

const SEARCH_PATH = /^\/[^/?]+\/search$/;

/** Whether a path is a language's search page. */
export const isSearchPath = (path: string) => SEARCH_PATH.test(path);

/**
 * The cache key of a search address when it is the one spelling of its search (then the address itself),
 * else null. Parameters other than the search's own make it another spelling.
 */
export function searchCacheKey(path: string, rawQuery: string): string | null {
  const given = new URLSearchParams(rawQuery);
  const names = [...given.keys()];
  if (names.some((name) => name !== 'q' && name !== 'page' && !(SEARCH_FILTERS as readonly string[]).includes(name))) return null;
  if (names.length !== new Set(names).size) return null;
  const page = given.get('page');
  if (page !== null && !/^[1-9]\d{0,5}$/.test(page)) return null;
  const parameters: SearchParameters = { q: given.get('q') ?? '', page: page === null ? 1 : Number(page) };
  for (const name of SEARCH_FILTERS) parameters[name] = given.get(name) ?? undefined;
  const canonical = canonicalSearchQuery(parameters);
  if (canonical !== rawQuery) return null;
  return canonical ? `${path}?${canonical}` : path;
}
