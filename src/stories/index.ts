/** Published news as readers see it: home, articles, listings, and the scheduler that publishes on time. */
export { type PublicationScheduler, startPublicationScheduler } from './publication-scheduler.ts';
export { type ArticleRenderDeps, renderArticle } from './render-article.tsx';
export { type MachinePages, storiesRoutes } from './stories.routes.tsx';
export { createStoriesService, type StoriesService } from './stories.service.ts';
export type { Article, CreateStoryInput, FeedStory, Listing, OriginalText, PublishedOriginal, RecentStory, StoryCard, StoryVersions } from './stories.types.ts';
export type { LabelLink, StoryLabels } from './views/article-page.tsx';
export { ListingPage } from './views/listing-page.tsx';
