export { configuredEngines } from './configured-engines.ts';
export { machinePages } from './machine-pages.tsx';
export { createMachineTranslationService, type MachineTranslationService } from './machine-translation.service.ts';
export { type SegmentedStory, segmentStory } from './segments.ts';
export { translationAdminRoutes } from './translation.admin.routes.tsx';
export { collectWarnings, formatReport, progressOn, WarmUpRefused, warmUp } from './warm-up.ts';
