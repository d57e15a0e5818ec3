export { type Article, createStoriesService, type CreateStoryInput, type Listing, type OriginalText, type StoriesService, type StoryCard } from './stories.service.ts';
export { type MachinePages, storiesRoutes } from './stories.routes.tsx';
export type { LabelLink, StoryLabels } from './views/article-page.tsx';
export { ListingPage } from './views/listing-page.tsx';
export { type PublicationScheduler, startPublicationScheduler } from './publication-scheduler.ts';
export { createEditorialService, type EditorialService } from './editorial.service.ts';
export { renderArticle, type ArticleRenderDeps } from './render-article.tsx';
export { editorialRoutes } from './editorial.routes.tsx';
