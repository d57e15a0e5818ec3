export { regionName } from './region-names.ts';
export { taxonomyRoutes } from './taxonomy.routes.tsx';
export { createTaxonomyService, type TaxonomyService } from './taxonomy.service.ts';
export { taxonomyAdminRoutes } from './taxonomy.admin.routes.tsx';
