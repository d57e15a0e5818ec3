/** Readers' search over every language, and the index kept in step with the stories. */

export { reindexProgressOn } from './reindex-progress.ts';
export { searchRoutes } from './search.routes.tsx';
export { createSearchService, type SearchFiling, type SearchService } from './search.service.ts';
export { createSearchIndexer, indexMissing, type ReindexProgress, rebuildIndex, type SearchIndexer } from './search-indexer.ts';
