export { taxonomyAdminRoutes } from './taxonomy.admin.routes.tsx';
export { taxonomyRoutes } from './taxonomy.routes.tsx';
export { createTaxonomyService, type TaxonomyService } from './taxonomy.service.ts';
