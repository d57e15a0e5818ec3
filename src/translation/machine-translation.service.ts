/**
 * Machine translations of stories, put together from their use cases: which engine serves a language
 * pair (engine-routing), translating a story through the translation memory within budget
 * (story-translation), readers' requests sharing one job and backing off after failures
 * (translation-jobs), review state (machine-reviews) and engine administration.
 */
import type { Kysely } from 'kysely';
import type { ChangeBus } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../logger.ts';
import type { SettingsService } from '../site/index.ts';
import { createEngineAdministration, type EngineAdministration } from './engine-administration.ts';
import { createEngineRouting, type EngineRouting, NoEngineError } from './engine-routing.ts';
import { currentEngineSettings } from './engine-settings.ts';
import type { TranslationEngine } from './engines/engine.ts';
import { createMachineReviews, type MachineReviews } from './machine-reviews.ts';
import { createStoryTranslation, type StoryTranslation } from './story-translation.ts';
import { createTranslationJobs, type TranslationJobs } from './translation-jobs.ts';

export interface MachineTranslationService
  extends Pick<EngineRouting, 'targetsFrom' | 'reaches'>,
    TranslationJobs,
    MachineReviews,
    EngineAdministration,
    Pick<StoryTranslation, 'observe'> {
  load(): Promise<void>;
  /** A search query in another language, through the translation memory and the first engine for the pair; null when none can. */
  translateQuery(text: string, from: string, to: string): Promise<string | null>;
}

export interface MachineTranslationDeps {
  db: Kysely<Database>;
  engines: TranslationEngine[];
  settings: SettingsService;
  changes: ChangeBus;
  log: Pick<Logger, 'warn' | 'info'>;
  now?: () => Date;
}

export function createMachineTranslationService(deps: MachineTranslationDeps): MachineTranslationService {
  const { db, engines, settings, changes, log, now = () => new Date() } = deps;
  const engineSettings = currentEngineSettings(settings, changes);
  const routing = createEngineRouting({ engines, order: () => engineSettings.get().order, log });
  const story = createStoryTranslation({ db, routing, engineSettings, settings, now });
  return {
    load: engineSettings.load,
    targetsFrom: routing.targetsFrom,
    reaches: routing.reaches,
    observe: story.observe,
    async translateQuery(text, from, to) {
      try {
        return await story.translateText(text, { from, to });
      } catch (error) {
        if (!(error instanceof NoEngineError)) log.warn({ err: error, from, to }, 'search query not machine-translated');
        return null;
      }
    },
    ...createTranslationJobs({ db, routing, story, log }),
    ...createMachineReviews({ db, routing, changes, now }),
    ...createEngineAdministration({ db, routing, engineSettings, changes, now }),
  };
}
