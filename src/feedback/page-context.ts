/**
 * What an answered page is: whether it exists, and its language, story, section and whether it was
 * machine-translated, looked up from its path (never from the visitor's say-so). Kept in memory until
 * content changes, so a burst of answers about one page costs one lookup.
 */
import type { ChangeBus } from '../changes/index.ts';
import type { TermKind } from '../db/schema.ts';
import type { NamedPage, SitePage } from './page-path.ts';

export interface PageContext {
  language: string;
  storyId: number | null;
  sectionId: number | null;
  machineTranslated: boolean;
}

/** Lookups in the features that own stories, sections, tags and Member States. */
export interface PageDirectory {
  languages(): readonly string[];
  /** Languages that machine translation reaches, whose story pages are pages too. */
  reaches(language: string): Promise<boolean>;
  /** The story an article page shows, if it shows one. */
  publishedStory(language: string, slug: string): Promise<{ storyId: number; machineTranslated: boolean } | null>;
  primarySection(storyId: number): Promise<number | null>;
  termBySlug(kind: TermKind, slug: string): Promise<number | null>;
  /** The Member State's code as stored, if `code` names one. */
  memberStateCode(code: string): Promise<string | null>;
  /** How many pages a listing has (at least one): a language's latest news, or what is filed under a term or Member State. */
  listingPages(scope: { language: string; termId?: number; memberState?: string }): Promise<number>;
}

const MAX_REMEMBERED = 5000;

export interface PageContexts {
  /** Null when the page is not one this site shows. */
  of(named: NamedPage): Promise<PageContext | null>;
}

export function createPageContexts(directory: PageDirectory, changes: ChangeBus): PageContexts {
  const remembered = new Map<string, Promise<PageContext | null>>();
  changes.onInvalidate(() => remembered.clear());

  async function lookUp(page: SitePage): Promise<PageContext | null> {
    const { language } = page;
    const context: PageContext = { language, storyId: null, sectionId: null, machineTranslated: false };
    const siteLanguage = directory.languages().includes(language);
    if (page.kind === 'article') {
      if (!siteLanguage && !(await directory.reaches(language))) return null;
      const story = await directory.publishedStory(language, page.slug);
      return story && { ...context, ...story, sectionId: await directory.primarySection(story.storyId) };
    }
    if (!siteLanguage) return null;
    const within = async (scope: { termId?: number; memberState?: string }, number: number) => number <= (await directory.listingPages({ language, ...scope }));
    switch (page.kind) {
      case 'home':
        return (await within({}, page.page)) ? context : null;
      case 'section':
      case 'tag': {
        const termId = await directory.termBySlug(page.kind, page.slug);
        if (termId === null || !(await within({ termId }, page.page))) return null;
        return page.kind === 'section' ? { ...context, sectionId: termId } : context;
      }
      case 'memberState': {
        const code = await directory.memberStateCode(page.slug);
        return code !== null && (await within({ memberState: code }, page.page)) ? context : null;
      }
      default:
        return context;
    }
  }

  return {
    of({ page, path }) {
      let context = remembered.get(path);
      if (!context) {
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        context = lookUp(page);
        remembered.set(path, context);
        context.catch(() => remembered.delete(path));
      }
      return context;
    },
  };
}
