/** The services of every feature, built once over one database (or one transaction). */
import type { Kysely } from 'kysely';
import { type AccountsService, type ApiTokensService, createAccountsService, createApiTokensService } from './accounts/index.ts';
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
import { createSearchIndexer, createSearchService, type SearchIndexer, type SearchService } from './search/index.ts';
import { createSettingsService, type SettingsService } from './site/index.ts';
import { createStoriesService, type StoriesService } from './stories/index.ts';
import { createTaxonomyService, type TaxonomyService } from './taxonomy/index.ts';
import { createTerminologyService } from './terminology/index.ts';
import { configuredEngines, createMachineTranslationService, type MachineTranslationService, segmentStory } from './translation/index.ts';
import { createReportsService, type ReportsService } from './translation-reports/index.ts';
import { createOutbox, createWebhooksService, type WebhooksService } from './webhooks/index.ts';
import { createWordpressImportService, type WordpressImportService } from './wordpress-import/index.ts';
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
  apiTokens: ApiTokensService;
  webhooks: WebhooksService;
  wordpressImport: WordpressImportService;
  glossary: GlossaryService;
  reports: ReportsService;
  xliff: XliffService;
  parity: ParityService;
  searchIndex: SearchIndexer;
  search: SearchService;
}

/** Where events' addresses point when the configuration names no public origin (tools, some tests). */
const LOCAL_ORIGIN = new URL('http://localhost:3000');

export function createFeatures(
  db: Kysely<Database>,
  config: Pick<Config, 'mediaDir'> & Partial<Pick<Config, 'engines' | 'publicUrl' | 'webhooksAllowPrivate'>>,
  changes: ChangeBus,
  log: Pick<Logger, 'warn' | 'info'> = console,
): Features {
  // Changes write their webhook events here, in their own transactions.
  const outbox = createOutbox({ publicUrl: config.publicUrl ?? LOCAL_ORIGIN });
  const settings = createSettingsService(db, changes);
  const media = createMediaService(db, config.mediaDir);
  const searchIndex = createSearchIndexer();
  const stories = createStoriesService({ db, media, settings, changes, outbox, searchIndex });
  const taxonomy = createTaxonomyService({ db, settings, stories, changes, searchIndex });
  const audit = createAuditService(db);
  const accounts = createAccountsService({ db, audit, languages: () => settings.current().languages });
  const glossary = createGlossaryService({ db, audit, changes });
  const machineTranslation = createMachineTranslationService({
    db,
    engines: config.engines ? configuredEngines(config.engines) : [],
    settings,
    changes,
    log,
    outbox,
    originalSlug: async (storyId) => (await stories.original(storyId))?.slug ?? null,
    glossary: (from, to) => glossary.forPair(from, to),
    terminology: createTerminologyService({ db }),
    original: (storyId) => stories.original(storyId),
  });
  const search = createSearchService({
    db,
    languages: () => settings.current().languages,
    translateQuery: (text, from, to) => machineTranslation.translateQuery(text, from, to),
    filing: {
      termIdBySlug: (kind, slug) => taxonomy.termIdBySlug(kind, slug),
      sectionsOf: async (storyId, language) => (await taxonomy.labelsFor(storyId, language)).sections,
    },
  });
  const editorial = createEditorialService({
    db,
    stories,
    settings,
    audit,
    outbox,
    searchIndex,
    titleMatches: (text, id) => search.titleCondition(text, id),
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
      termBySlug: (kind, slug) => taxonomy.termIdBySlug(kind, slug),
      memberStateCode: (code) => taxonomy.memberStateCode(code),
      listingPages: (scope) => stories.listingPages(scope),
    },
    outbox,
  });
  const apiTokens = createApiTokensService({ db, audit });
  const webhooks = createWebhooksService({ db, audit, allowPrivate: config.webhooksAllowPrivate ?? false });
  const wordpressImport = createWordpressImportService({ db, media, taxonomy, accounts, settings, changes, searchIndex });
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
  return {
    changes,
    settings,
    media,
    stories,
    taxonomy,
    audit,
    accounts,
    editorial,
    feedback,
    machineTranslation,
    searchIndex,
    search,
    apiTokens,
    webhooks,
    wordpressImport,
    glossary,
    reports,
    xliff,
    parity,
  };
}
