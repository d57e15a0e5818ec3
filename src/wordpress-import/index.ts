/** Moving from WordPress: importing an export, and redirecting the old site's addresses to the new ones. */

export { readCategoryMap, readWpmlTranslations } from './import-files.ts';
export { importProgressOn } from './import-progress.ts';
export { formatSummary, type ImportSummary } from './import-summary.ts';
export { carriesPostId } from './old-addresses.ts';
export { createWordpressImportService, type ImportProgress, type WordpressImportService } from './wordpress-import.service.ts';
export { DEFAULT_LIMITS as DEFAULT_IMPORT_LIMITS } from './wxr-reader.ts';
