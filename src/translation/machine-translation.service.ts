/**
 * Machine translations of stories, put together from their use cases: which engine serves a language
 * pair (engine-routing), translating a story through the translation memory within budget, with the
 * glossary's terms kept and checked (story-translation), readers' requests sharing one job and backing off
 * after failures (translation-jobs), review state (machine-reviews), corrections of single segments
 * (segment-corrections), the terminology check of people's translations (terminology-checks) and engine
 * administration.
 */
import type { Kysely } from 'kysely';
import type { ChangeBus } from '../changes/index.ts';
import { noOutbox, type Outbox } from '../db/outbox.ts';
import type { Database } from '../db/schema.ts';
import type { PairGlossary } from '../glossary/index.ts';
import type { Logger } from '../logger.ts';
import type { SettingsService } from '../site/index.ts';
import type { TerminologyService } from '../terminology/index.ts';
import { createEngineAdministration, type EngineAdministration } from './engine-administration.ts';
import { createEngineRouting, type EngineRouting, NoEngineError } from './engine-routing.ts';
import { currentEngineSettings } from './engine-settings.ts';
import type { TranslationEngine } from './engines/engine.ts';
import { createMachineReviews, type MachineReviews } from './machine-reviews.ts';
import type { SourceStory } from './machine-translation-types.ts';
import { createReviewedPages, type ReviewedPages } from './reviewed-pages.ts';
import { createSegmentCorrections, type SegmentCorrections } from './segment-corrections.ts';
import { createStoryTranslation, type StoryTranslation } from './story-translation.ts';
import { createTerminologyChecks, type TerminologyChecks } from './terminology-checks.ts';
import { createTranslationJobs, type TranslationJobs } from './translation-jobs.ts';

export interface MachineTranslationService
  extends Pick<EngineRouting, 'targetsFrom' | 'reaches'>,
    TranslationJobs,
    MachineReviews,
    EngineAdministration,
    ReviewedPages,
    SegmentCorrections,
    TerminologyChecks,
    Pick<StoryTranslation, 'observe'> {
  load(): Promise<void>;
  /** The leaf blocks of the story (see `SegmentInfo.block`) that are segments of their own, which readers may report. */
  reportableBlocks(source: SourceStory, language: string): number[];
  /** Issues of the terminology check, by engine (null: people) and language pair. */
  terminologyCounts: TerminologyService['counts'];
  /** A search query in another language, through the translation memory and the first engine for the pair; null when none can. */
  translateQuery(text: string, from: string, to: string): Promise<string | null>;
}

export interface MachineTranslationDeps {
  db: Kysely<Database>;
  engines: TranslationEngine[];
  settings: SettingsService;
  changes: ChangeBus;
  log: Pick<Logger, 'warn' | 'info'>;
  /** The glossary as it applies to a pair; none, and terms are not treated apart. */
  glossary?: (from: string, to: string) => PairGlossary | null;
  terminology?: TerminologyService;
  /** A story's published original (from `stories`), for single segments. */
  original?: (storyId: number) => Promise<SourceStory | null>;
  now?: () => Date;
  /** Where reviews are written as events; the original's slug names the machine page in them. */
  outbox?: Outbox;
  originalSlug?(storyId: number): Promise<string | null>;
}

export function createMachineTranslationService(deps: MachineTranslationDeps): MachineTranslationService {
  const { db, engines, settings, changes, log, now = () => new Date(), outbox = noOutbox, originalSlug = async () => null } = deps;
  const glossary = deps.glossary ?? (() => null);
  const terminology = deps.terminology ?? null;
  const engineSettings = currentEngineSettings(settings, changes);
  const routing = createEngineRouting({ engines, order: () => engineSettings.get().order, log });
  const story = createStoryTranslation({ db, routing, engineSettings, settings, glossary, terminology, now });
  const checks = terminology ? createTerminologyChecks({ story, terminology, glossary }) : null;
  return {
    load: engineSettings.load,
    reportableBlocks: (source, language) => story.prepare(source, language).story.info.flatMap((info) => (info.block === null ? [] : [info.block])),
    terminologyCounts: async () => (terminology ? terminology.counts() : []),
    async translateQuery(text, from, to) {
      try {
        return await story.translateText(text, { from, to });
      } catch (error) {
        if (!(error instanceof NoEngineError)) log.warn({ err: error, from, to }, 'search query not machine-translated');
        return null;
      }
    },
    checkHuman: async (...args) => checks?.checkHuman(...args),
    placedIssues: async (...args) => (checks ? checks.placedIssues(...args) : []),
    ...createSegmentCorrections({ db, story, original: deps.original ?? (async () => null), changes, now }),
    targetsFrom: routing.targetsFrom,
    reaches: routing.reaches,
    observe: story.observe,
    ...createTranslationJobs({ db, routing, story, log }),
    ...createMachineReviews({ db, routing, changes, now, events: { outbox, originalSlug } }),
    ...createReviewedPages({ db, settings, routing }),
    ...createEngineAdministration({ db, routing, engineSettings, changes, now }),
  };
}
