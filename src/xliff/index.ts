/** Stories exchanged with translation agencies as XLIFF 2.1 or 1.2, and their translations back as drafts. */
export { xliffRoutes } from './xliff.routes.tsx';
export { createXliffService, type XliffService } from './xliff.service.ts';
