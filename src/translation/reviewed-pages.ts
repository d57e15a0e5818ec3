/**
 * The machine-translated pages search engines are told of: those an editor reviewed, of the story as it
 * stands (made from its original's current revision), in a language with no human translation, that
 * readers can reach (a site language, or one an engine serves). Article pages list them in their
 * hreflang alternates and sitemaps list them as pages; both ask here, so they agree.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { paths } from '../http/urls.ts';
import type { SettingsService } from '../site/index.ts';
import type { EngineRouting } from './engine-routing.ts';
import * as repo from './translation.repository.ts';

/** What a story's human translations are, as far as telling whether a machine one still stands for it. */
export interface StoryEditions {
  storyId: number;
  original: { language: string; slug: string; revision: number };
  versions: { language: string }[];
}

export interface ReviewedPage {
  language: string;
  path: string;
  /** When it last changed: reviewed or translated, whichever came later. */
  updatedAt: string;
}

export interface ReviewedPages {
  /** The reviewed machine pages of each story, by story id (stories with none are absent). */
  reviewedPagesOf(stories: readonly StoryEditions[]): Promise<Map<number, ReviewedPage[]>>;
  /** Stories with a reviewed machine translation into `language`, by id, after `afterStoryId` (still to be checked with `reviewedPagesOf`). */
  reviewedCandidates(language: string, afterStoryId: number, limit: number): Promise<number[]>;
  /** Languages some reviewed machine translation is in. */
  reviewedLanguages(): Promise<string[]>;
}

export function createReviewedPages(deps: {
  db: Kysely<Database>;
  settings: Pick<SettingsService, 'current'>;
  routing: Pick<EngineRouting, 'reaches'>;
}): ReviewedPages {
  const { db, settings, routing } = deps;
  const reachable = async (language: string) => settings.current().languages.includes(language) || (await routing.reaches(language));

  return {
    async reviewedPagesOf(stories) {
      const byId = new Map(stories.map((story) => [story.storyId, story]));
      const found = new Map<number, ReviewedPage[]>();
      const reach = new Map<string, boolean>();
      for (const row of await repo.listReviewedOf(db, [...byId.keys()])) {
        const story = byId.get(row.storyId)!;
        const current = row.sourceLanguage === story.original.language && row.sourceRevision === story.original.revision;
        if (!current || story.versions.some((version) => version.language === row.language)) continue;
        if (!reach.has(row.language)) reach.set(row.language, await reachable(row.language));
        if (!reach.get(row.language)) continue;
        const page = {
          language: row.language,
          path: paths.article(row.language, story.original.slug),
          updatedAt: [row.reviewedAt, row.translatedAt].sort().at(-1)!,
        };
        found.set(row.storyId, [...(found.get(row.storyId) ?? []), page]);
      }
      return found;
    },
    async reviewedCandidates(language, afterStoryId, limit) {
      return (await repo.listReviewedIn(db, language, afterStoryId, limit)).map((row) => row.storyId);
    },
    reviewedLanguages: () => repo.listReviewedLanguages(db),
  };
}
