/** The newsroom's work on stories: the admin dashboard, the stories list, the editor, workflow, history and preview. */
export { type DashboardCard, dashboardRoutes } from './dashboard.routes.tsx';
export { editorialRoutes } from './editorial.routes.ts';
export { createEditorialService, type EditorialService } from './editorial.service.ts';
export { readableText, type TextChange, textChanges } from './revision-diff.ts';
export { Changes as TextChangesView } from './views/history.tsx';
