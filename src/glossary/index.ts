/** The organization's terminology: entries, their admin pages, files, and how engines' text finds and restores terms. */
export { glossaryRoutes } from './glossary.routes.tsx';
export { createGlossaryService, type GlossaryService } from './glossary.service.ts';
export type { ForbiddenRendering, GlossaryEntry, PairGlossary, PairTerm } from './glossary.types.ts';
export { elideBefore, restoreTerm } from './inflection.ts';
export { containsTerm, findTerms, fingerprintOf } from './term-matching.ts';
