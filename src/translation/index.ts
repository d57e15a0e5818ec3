export { configuredEngines } from './configured-engines.ts';
export { createMachineTranslationService, type MachineTranslationService } from './machine-translation.service.ts';
export { machinePages } from './machine-pages.tsx';
export { translationAdminRoutes } from './translation.admin.routes.tsx';
