export { auditRoutes } from './audit.routes.tsx';
export { type AuditService, createAuditService } from './audit.service.ts';
