/** Sitemaps (an index of per-language files and a Google News sitemap) and robots.txt. */

export { sitemapsRoutes } from './sitemaps.routes.ts';
export { createSitemapsService, type SitemapsService } from './sitemaps.service.ts';
