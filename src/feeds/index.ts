/** Feeds of every listing in every site language: RSS 2.0, Atom 1.0 and JSON Feed 1.1; WebSub pings when a hub is set. */

export { feedsRoutes } from './feeds.routes.ts';
export { createFeedsService, type FeedsService, type FeedTaxonomy } from './feeds.service.ts';
export { createWebSubPublisher, type WebSubPublisher } from './websub.ts';
