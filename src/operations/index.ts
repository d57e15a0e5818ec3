export { createMetrics, measureRequests, type Metrics, PAGE_CACHE_ROUTE, type PoolStats } from './metrics.ts';
export { operationsRoutes } from './operations.routes.ts';
export { BackupError, backupDatabase, restoreDatabase } from './backup.ts';
