export { withCacheFastPath } from './fast-path.ts';
export { registerPageCache } from './page-cache.hooks.ts';
export { createPageStore, type PageStore } from './page-store.ts';
