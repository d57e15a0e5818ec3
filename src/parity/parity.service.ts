/**
 * Official-language parity over a period: for each site language, how many of the stories whose original came
 * out then are published in it by people, shown by a machine with or without a person's review, or missing; how
 * long people's translations took; how many are out of date with their source; and visitors' satisfaction there.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import * as repo from './parity.repository.ts';
import type { ParityReport, StoryCoverage } from './parity.types.ts';
import { parityOf } from './parity-figures.ts';

/** The longest period one report reads. */
export const MAX_PERIOD_DAYS = 3660;
const DAY_MS = 86_400_000;

export interface ParityDeps {
  db: Kysely<Database>;
  languages: () => readonly string[];
  /** Machine translations of these stories, and whether a person reviewed each as it stands (from `translation`). */
  machineStates: (storyIds: readonly number[]) => Promise<{ storyId: number; language: string; reviewed: boolean }[]>;
  /** Answers and CSAT per page language over inclusive UTC days (from `feedback`). */
  satisfaction: (from: string, to: string) => Promise<{ language: string; answers: number; csat: number | null }[]>;
  now?: () => Date;
}

export interface ParityService {
  /** Days are UTC, `YYYY-MM-DD`, both included. */
  report(from: string, to: string): Promise<ParityReport>;
}

function storiesOf(facts: readonly repo.TranslationFacts[], now: string): StoryCoverage[] {
  const byStory = new Map<number, repo.TranslationFacts[]>();
  for (const fact of facts) byStory.set(fact.storyId, [...(byStory.get(fact.storyId) ?? []), fact]);
  const stories: StoryCoverage[] = [];
  for (const [storyId, translations] of byStory) {
    const published = translations.filter((t) => t.status === 'published' && t.publishedAt !== null && t.publishedAt <= now);
    // The same original as the public pages pick: the one translated from nothing, else the first published.
    const original = published[0];
    if (!original) continue;
    const revisionOf = (language: string) => translations.find((t) => t.language === language)?.revision ?? 0;
    stories.push({
      storyId,
      title: original.title,
      originalLanguage: original.language,
      originalPublishedAt: original.publishedAt!,
      human: Object.fromEntries(
        published
          .filter((t) => t !== original)
          .map((t) => [
            t.language,
            { publishedAt: t.publishedAt!, outOfDate: t.sourceLanguage !== null && (t.sourceRevision ?? 0) < revisionOf(t.sourceLanguage) },
          ]),
      ),
      machine: {},
    });
  }
  return stories;
}

export function createParityService({ db, languages, machineStates, satisfaction, now = () => new Date() }: ParityDeps): ParityService {
  return {
    async report(from, to) {
      const start = Date.parse(`${from}T00:00:00.000Z`);
      const end = Date.parse(`${to}T00:00:00.000Z`) + DAY_MS;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || Number.isNaN(start) || Number.isNaN(end) || end <= start) {
        throw new AppError('parity.period_invalid', `"${from}" to "${to}" is not a period of days`);
      }
      if (end - start > MAX_PERIOD_DAYS * DAY_MS) throw new AppError('parity.period_invalid', `a period of at most ${MAX_PERIOD_DAYS} days`);
      const at = now().toISOString();
      const stories = storiesOf(await repo.translationsOfPeriod(db, new Date(start).toISOString(), new Date(end).toISOString(), at), at).filter(
        (story) => story.originalPublishedAt >= new Date(start).toISOString() && story.originalPublishedAt < new Date(end).toISOString(),
      );
      const byId = new Map(stories.map((story) => [story.storyId, story]));
      for (const state of await machineStates([...byId.keys()])) {
        const story = byId.get(state.storyId);
        if (story) story.machine[state.language] = { reviewed: state.reviewed };
      }
      return parityOf(stories, languages(), { from, to }, await satisfaction(from, to));
    },
  };
}
