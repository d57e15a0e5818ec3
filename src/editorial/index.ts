/** The newsroom's work on stories: the admin dashboard, the stories list, the editor, workflow, history and preview. */
export { dashboardRoutes } from './dashboard.routes.tsx';
export { editorialRoutes } from './editorial.routes.ts';
export { createEditorialService, type EditorialService } from './editorial.service.ts';
