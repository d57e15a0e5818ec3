export { adminArea, type AdminRouteEntry, type AdminRoutes, type AdminTools } from './admin-area.tsx';
export { adminPaths } from './admin-paths.ts';
export { dashboardRoutes } from './dashboard.routes.tsx';
