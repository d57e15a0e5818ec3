/**
 * What an answered page was: its language, story, section and whether it was machine-translated,
 * read from its path (never from the visitor's say-so). Kept in memory until content changes, so a
 * burst of answers about one page costs one lookup.
 */
import type { ChangeBus } from '../changes/index.ts';

export interface PageContext {
  language: string;
  storyId: number | null;
  sectionId: number | null;
  machineTranslated: boolean;
}

/** Lookups in the features that own stories and sections. */
export interface PageDirectory {
  languages(): readonly string[];
  /** Languages that machine translation reaches, whose story pages are pages too. */
  reaches(language: string): Promise<boolean>;
  publishedStory(language: string, slug: string): Promise<{ storyId: number; machineTranslated: boolean } | null>;
  primarySection(storyId: number): Promise<number | null>;
  sectionBySlug(slug: string): Promise<number | null>;
}

const MAX_REMEMBERED = 5000;

export interface PageContexts {
  /** Null when the path is not a page of this site. */
  of(path: string): Promise<PageContext | null>;
}

export function createPageContexts(directory: PageDirectory, changes: ChangeBus): PageContexts {
  const remembered = new Map<string, Promise<PageContext | null>>();
  changes.onInvalidate(() => remembered.clear());

  async function lookUp(path: string): Promise<PageContext | null> {
    const [language, kind, encodedSlug, ...rest] = path.split('?')[0]!.split('/').slice(1);
    if (!language) return null;
    const siteLanguage = directory.languages().includes(language);
    if (!siteLanguage && !(kind === 'news' && (await directory.reaches(language)))) return null;
    let slug: string | undefined;
    try {
      slug = encodedSlug === undefined ? undefined : decodeURIComponent(encodedSlug);
    } catch {
      return null;
    }
    const context: PageContext = { language, storyId: null, sectionId: null, machineTranslated: false };
    if (rest.length > 0 || !slug) return context;
    if (kind === 'news') {
      const story = await directory.publishedStory(language, slug);
      if (!story) return context;
      return { ...context, ...story, sectionId: await directory.primarySection(story.storyId) };
    }
    if (kind === 'sections') return { ...context, sectionId: await directory.sectionBySlug(slug) };
    return context;
  }

  return {
    of(path) {
      let context = remembered.get(path);
      if (!context) {
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        context = lookUp(path);
        remembered.set(path, context);
        context.catch(() => remembered.delete(path));
      }
      return context;
    },
  };
}
