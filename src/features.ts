/** The services of every feature, built once over one database (or one transaction). */
import type { Kysely } from 'kysely';
import { type AccountsService, createAccountsService } from './accounts/index.ts';
import { type AuditService, createAuditService } from './audit/index.ts';
import type { ChangeBus } from './changes/index.ts';
import type { Config } from './config.ts';
import type { Database } from './db/schema.ts';
import { createEditorialService, type EditorialService } from './editorial/index.ts';
import { createFeedbackService, type FeedbackService } from './feedback/index.ts';
import type { Logger } from './logger.ts';
import { createMediaService, type MediaService } from './media/index.ts';
import { createSearchIndexer, createSearchService, type SearchIndexer, type SearchService } from './search/index.ts';
import { createSettingsService, type SettingsService } from './site/index.ts';
import { createStoriesService, type StoriesService } from './stories/index.ts';
import { createTaxonomyService, type TaxonomyService } from './taxonomy/index.ts';
import { configuredEngines, createMachineTranslationService, type MachineTranslationService } from './translation/index.ts';

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
  searchIndex: SearchIndexer;
  search: SearchService;
}

export function createFeatures(
  db: Kysely<Database>,
  config: Pick<Config, 'mediaDir'> & Partial<Pick<Config, 'engines'>>,
  changes: ChangeBus,
  log: Pick<Logger, 'warn' | 'info'> = console,
): Features {
  const settings = createSettingsService(db, changes);
  const media = createMediaService(db, config.mediaDir);
  const searchIndex = createSearchIndexer();
  const stories = createStoriesService({ db, media, settings, changes, searchIndex });
  const taxonomy = createTaxonomyService({ db, settings, stories, changes, searchIndex });
  const audit = createAuditService(db);
  const accounts = createAccountsService({ db, audit, languages: () => settings.current().languages });
  const machineTranslation = createMachineTranslationService({
    db,
    engines: config.engines ? configuredEngines(config.engines) : [],
    settings,
    changes,
    log,
  });
  const search = createSearchService({
    db,
    languages: () => settings.current().languages,
    translateQuery: (text, from, to) => machineTranslation.translateQuery(text, from, to),
    filing: {
      termIdBySlug: (kind, slug) =>
        taxonomy.findTerm(kind, slug, settings.current().defaultLanguage).then(
          (term) => term.id,
          () => null,
        ),
      sectionsOf: async (storyId, language) => (await taxonomy.labelsFor(storyId, language)).sections,
    },
  });
  const editorial = createEditorialService({ db, stories, settings, audit, searchIndex, titleMatches: (text, id) => search.titleCondition(text, id) });
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
  return { changes, settings, media, stories, taxonomy, audit, accounts, editorial, feedback, machineTranslation, searchIndex, search };
}
