export { editorialRoutes } from './editorial.routes.tsx';
export { createEditorialService, type EditorialService } from './editorial.service.ts';
export { type PublicationScheduler, startPublicationScheduler } from './publication-scheduler.ts';
export { type ArticleRenderDeps, renderArticle } from './render-article.tsx';
export { type MachinePages, storiesRoutes } from './stories.routes.tsx';
export {
  type Article,
  type CreateStoryInput,
  createStoriesService,
  type Listing,
  type OriginalText,
  type StoriesService,
  type StoryCard,
} from './stories.service.ts';
export type { LabelLink, StoryLabels } from './views/article-page.tsx';
export { ListingPage } from './views/listing-page.tsx';
