/**
 * The page a survey answer names, read from its path alone: which kind of public page it would be,
 * and its one canonical spelling — percent-encoded, `?page=N` only on listings past their first
 * page, nothing else of the query or fragment. That spelling is what is stored, redirected to and
 * linked back to, so none of them can hold what a visitor typed. Whether the page exists is looked
 * up after (page-context.ts).
 */
import { localUrl } from '../http/local-target.ts';
import { paths, withPage } from '../http/urls.ts';

export type SitePage =
  | { kind: 'home'; language: string; page: number }
  | { kind: 'article'; language: string; slug: string }
  | { kind: 'section' | 'tag' | 'memberState'; language: string; slug: string; page: number }
  | { kind: 'memberStates' | 'privacy'; language: string };

/** A page and its canonical path. */
export interface NamedPage {
  page: SitePage;
  path: string;
}

export type PageReading = NamedPage | { refused: 'page' | 'unknown_page' };

/** A BCP 47 tag's shape (`ar`, `pt-BR`, `zh-Hant`), which keeps the language segment plain ASCII. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const PAGE_NUMBER = /^[1-9][0-9]{0,6}$/;
const COUNTRY_CODE = /^[a-z]{2}$/i;
const PAGES_WITHOUT_SLUG = { 'member-states': 'memberStates', privacy: 'privacy' } as const;
const LISTINGS = { sections: 'section', tags: 'tag', 'member-states': 'memberState' } as const;

function canonicalPath(page: SitePage): string {
  switch (page.kind) {
    case 'home':
      return withPage(paths.home(page.language), page.page);
    case 'article':
      return paths.article(page.language, page.slug);
    case 'section':
      return withPage(paths.section(page.language, page.slug), page.page);
    case 'tag':
      return withPage(paths.tag(page.language, page.slug), page.page);
    case 'memberState':
      return withPage(paths.memberState(page.language, page.slug), page.page);
    case 'memberStates':
      return paths.memberStates(page.language);
    case 'privacy':
      return paths.privacy(page.language);
  }
}

/** The listing page asked for; a number the listing route would refuse is no page. */
function pageNumberOf(url: URL): number | null {
  const page = url.searchParams.get('page') ?? '1';
  return PAGE_NUMBER.test(page) ? Number(page) : null;
}

function decodedSlug(segment: string): string | null {
  try {
    return decodeURIComponent(segment) || null;
  } catch {
    return null;
  }
}

function pageOf(url: URL): SitePage | null {
  const [language = '', kind = '', segment, ...rest] = url.pathname.split('/').slice(1);
  if (!LANGUAGE.test(language) || rest.length > 0) return null;
  if (segment === undefined) {
    if (kind !== '') return Object.hasOwn(PAGES_WITHOUT_SLUG, kind) ? { kind: PAGES_WITHOUT_SLUG[kind as keyof typeof PAGES_WITHOUT_SLUG], language } : null;
    const page = pageNumberOf(url);
    // `/en` (no slash) only redirects to the home page, so it is not one.
    return page && url.pathname.endsWith('/') ? { kind: 'home', language, page } : null;
  }
  const slug = decodedSlug(segment);
  if (!slug) return null;
  if (kind === 'news') return { kind: 'article', language, slug };
  if (!Object.hasOwn(LISTINGS, kind)) return null;
  const listing = LISTINGS[kind as keyof typeof LISTINGS];
  const page = pageNumberOf(url);
  if (!page || (listing === 'memberState' && !COUNTRY_CODE.test(slug))) return null;
  return { kind: listing, language, slug: listing === 'memberState' ? slug.toLowerCase() : slug, page };
}

/** What page `raw` names, or why it names none: another site or unsendable characters (`page`), or no page shape of this site. */
export function readPagePath(raw: string): PageReading {
  const url = localUrl(raw);
  if (!url) return { refused: 'page' };
  const page = pageOf(url);
  return page ? { page, path: canonicalPath(page) } : { refused: 'unknown_page' };
}
