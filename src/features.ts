/** The services of every feature, built once over one database (or one transaction). */
import type { Kysely } from 'kysely';
import { type AccountsService, createAccountsService } from './accounts/index.ts';
import { type AuditService, createAuditService } from './audit/index.ts';
import type { ChangeBus } from './changes/index.ts';
import type { Config } from './config.ts';
import type { Database } from './db/schema.ts';
import { createEditorialService, type EditorialService } from './editorial/index.ts';
import { createFeedbackService, createVisitorKeys, type FeedbackService } from './feedback/index.ts';
import { createGlossaryService, type GlossaryService } from './glossary/index.ts';
import type { Logger } from './logger.ts';
import { createMediaService, type MediaService } from './media/index.ts';
import { createParityService, type ParityService } from './parity/index.ts';
import { createSettingsService, type SettingsService } from './site/index.ts';
import { createStoriesService, type StoriesService } from './stories/index.ts';
import { createTaxonomyService, type TaxonomyService } from './taxonomy/index.ts';
import { createTerminologyService } from './terminology/index.ts';
import { configuredEngines, createMachineTranslationService, type MachineTranslationService, segmentStory } from './translation/index.ts';
import { createReportsService, type ReportsService } from './translation-reports/index.ts';
import { createXliffService, type XliffService } from './xliff/index.ts';

export interface Features {
  changes: ChangeBus;
  settings: SettingsService;
  media: MediaService;
  stories: StoriesService;
  taxonomy: TaxonomyService;
  audit: AuditService;
  accounts: AccountsService;
  editorial: EditorialService;
  feedback: FeedbackService;
  machineTranslation: MachineTranslationService;
  glossary: GlossaryService;
  reports: ReportsService;
  xliff: XliffService;
  parity: ParityService;
}

export function createFeatures(
  db: Kysely<Database>,
  config: Pick<Config, 'mediaDir'> & Partial<Pick<Config, 'engines'>>,
  changes: ChangeBus,
  log: Pick<Logger, 'warn' | 'info'> = console,
): Features {
  const settings = createSettingsService(db, changes);
  const media = createMediaService(db, config.mediaDir);
  const stories = createStoriesService({ db, media, settings, changes });
  const taxonomy = createTaxonomyService({ db, settings, stories, changes });
  const audit = createAuditService(db);
  const accounts = createAccountsService({ db, audit, languages: () => settings.current().languages });
  const glossary = createGlossaryService({ db, audit, changes });
  const machineTranslation = createMachineTranslationService({
    db,
    engines: config.engines ? configuredEngines(config.engines) : [],
    settings,
    changes,
    log,
    glossary: (from, to) => glossary.forPair(from, to),
    terminology: createTerminologyService({ db }),
    original: (storyId) => stories.original(storyId),
  });
  const editorial = createEditorialService({
    db,
    stories,
    settings,
    audit,
    checkTerminology: (storyId, language, translation, source) => machineTranslation.checkHuman(storyId, language, translation, source),
  });
  const feedback = createFeedbackService({
    db,
    changes,
    settings,
    pages: {
      languages: () => settings.current().languages,
      publishedStory: (language, slug) => stories.storyOfPage(language, slug),
      reaches: (language) => machineTranslation.reaches(language),
      primarySection: (storyId) => taxonomy.primarySectionOf(storyId),
      sectionBySlug: (slug) => taxonomy.sectionIdBySlug(slug),
    },
  });
  const reports = createReportsService({ db, segments: machineTranslation, glossary, audit, visitors: createVisitorKeys(db) });
  const xliff = createXliffService({
    stories,
    editorial,
    glossary,
    segment: segmentStory,
    languages: () => settings.current().languages,
  });
  const parity = createParityService({
    db,
    languages: () => settings.current().languages,
    machineStates: (storyIds) => machineTranslation.machineStates(storyIds),
    satisfaction: (from, to) => feedback.satisfactionByLanguage(from, to),
  });
  return { changes, settings, media, stories, taxonomy, audit, accounts, editorial, feedback, machineTranslation, glossary, reports, xliff, parity };
}
