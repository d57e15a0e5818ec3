export { BackupError, backupDatabase, restoreDatabase } from './backup.ts';
export { countHit, createMetrics, type Metrics, measureRequests, PAGE_CACHE_ROUTE, type PoolStats } from './metrics.ts';
export { operationsRoutes } from './operations.routes.ts';
export { type PeriodicTask, startPeriodicTask } from './periodic-task.ts';
