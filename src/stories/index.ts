/** Published news as readers see it: home, articles, listings, and the scheduler that publishes on time. */
export { type PublicationScheduler, startPublicationScheduler } from './publication-scheduler.ts';
export { type ArticleRenderDeps, renderArticle } from './render-article.tsx';
export { type MachinePages, storiesRoutes } from './stories.routes.tsx';
export {
  type Article,
  type CreateStoryInput,
  createStoriesService,
  type Listing,
  type OriginalText,
  type PublishedOriginal,
  type StoriesService,
  type StoryCard,
} from './stories.service.ts';
export type { LabelLink, StoryLabels } from './views/article-page.tsx';
export { ListingPage } from './views/listing-page.tsx';
