export { createPageRenderer, type PageRenderer, type PageSpec } from './page-renderer.tsx';
export { createSettingsService, type SettingsService, type SiteSettings } from './settings.service.ts';
export { requireSiteLanguage, siteRoutes } from './site.routes.ts';
