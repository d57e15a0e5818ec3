export { type AdminRouteEntry, type AdminRoutes, type AdminTools, adminArea } from './admin-area.tsx';
export { adminPaths } from './admin-paths.ts';
export { dashboardRoutes } from './dashboard.routes.tsx';
