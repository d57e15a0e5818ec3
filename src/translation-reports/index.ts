/** Readers' reports of bad machine translation: the no-script form on every machine-translated paragraph, and the review queue. */
export { reportsAdminRoutes } from './reports.admin.routes.tsx';
export { reportRoutes } from './reports.routes.tsx';
export { createReportsService, type ReportsService } from './reports.service.ts';
