/**
 * Imports a WordPress export in two passes over the file: the first gathers what posts refer to
 * (and refuses a bad file before anything is written), the second imports post after post, each in
 * its own transaction. Links to posts that came later in the file are pointed at them at the end.
 */
import type { Kysely } from 'kysely';
import type { AccountsService } from '../accounts/index.ts';
import { type ChangeBus, changeOfEverything } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { paths } from '../http/urls.ts';
import type { MediaService } from '../media/index.ts';
import type { SearchIndexer } from '../search/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { rewriteLinks } from './body-html.ts';
import { createImageSources } from './image-sources.ts';
import { importReferences } from './import-references.ts';
import { startImportRun, type WpmlPlaces } from './import-run.ts';
import { emptySummary, type ImportSummary } from './import-summary.ts';
import { siteLanguages } from './languages.ts';
import { requestKeys } from './old-addresses.ts';
import { importPost } from './post-import.ts';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './safe-fetch.ts';
import { indexSite } from './site-index.ts';
import * as repo from './wordpress-import.repository.ts';
import { DEFAULT_LIMITS, readWxr, type WxrLimits } from './wxr-reader.ts';

export interface ImportProgress {
  /** The second pass starts: `total` items to go through. */
  start(total: number): void;
  item(done: number, total: number): void;
  finish(): void;
}

export interface ImportOptions {
  file: string;
  uploadsDir?: string;
  dryRun?: boolean;
  /** For posts whose language the export does not tell; the site's default language otherwise. */
  defaultLanguage?: string;
  categoryMap?: Map<string, string>;
  wpml?: WpmlPlaces | null;
  limits?: WxrLimits;
  fetchLimits?: FetchLimits;
  progress?: ImportProgress;
}

export interface WordpressImportService {
  importSite(options: ImportOptions): Promise<ImportSummary>;
  /** The Diwan address an old WordPress address now leads to, or null. */
  redirectFor(rawUrl: string): Promise<string | null>;
}

export interface WordpressImportDeps {
  db: Kysely<Database>;
  media: MediaService;
  taxonomy: TaxonomyService;
  accounts: AccountsService;
  settings: SettingsService;
  changes: ChangeBus;
  searchIndex: Pick<SearchIndexer, 'refreshStories'>;
}

export function createWordpressImportService(deps: WordpressImportDeps): WordpressImportService {
  const { db } = deps;
  return {
    async importSite(options) {
      const limits = options.limits ?? DEFAULT_LIMITS;
      const dryRun = options.dryRun === true;
      const { languages: available, defaultLanguage: siteDefault } = deps.settings.current();
      const defaultLanguage = options.defaultLanguage ?? siteDefault;
      if (!available.includes(defaultLanguage))
        throw new AppError('import.invalid_option', `--default-language ${defaultLanguage} is not one of the site's languages (${available.join(', ')})`);

      const index = await indexSite(options.file, limits);
      const summary = emptySummary(dryRun);
      summary.items = index.items;
      summary.attachments = index.attachments.size;
      const languages = siteLanguages(available, defaultLanguage, index.languages);
      const refs = await importReferences(deps, index, { languages, categoryMap: options.categoryMap ?? new Map(), dryRun }, summary);
      const run = await startImportRun({
        db,
        media: deps.media,
        index,
        refs,
        languages,
        sources: createImageSources(options.uploadsDir, options.fetchLimits ?? DEFAULT_FETCH_LIMITS),
        summary,
        dryRun,
        wpml: options.wpml ?? null,
        searchIndex: deps.searchIndex,
      });

      options.progress?.start(index.items);
      let done = 0;
      try {
        if (!dryRun) await repo.relaxCommits(db);
        for await (const record of readWxr(options.file, limits)) {
          if (record.type !== 'item') continue;
          try {
            await importPost(run, record.item);
          } catch (error) {
            summary.posts.failed.push({ post: `#${record.item.id}`, reason: (error as Error).message });
          }
          options.progress?.item(++done, index.items);
        }
      } finally {
        if (!dryRun) await repo.makeDurable(db);
      }
      for (const translationId of run.relinks()) {
        const translation = await repo.findTranslation(db, translationId);
        const resolver = run.bodyResolver(`translation ${translationId}`);
        if (translation) await repo.updateTranslationBody(db, translationId, rewriteLinks(translation.bodyHtml, resolver.link));
      }
      options.progress?.finish();
      if (!dryRun) await deps.changes.publish(changeOfEverything());
      return summary;
    },

    async redirectFor(rawUrl) {
      const keys = requestKeys(rawUrl);
      const found = await repo.findRedirect(db, keys, new Date().toISOString());
      for (const key of keys) {
        const row = found.find((r) => r.oldPath === key);
        if (row) return paths.article(row.language, row.slug);
      }
      return null;
    },
  };
}
