export { type AccountsService, createAccountsService, type User } from './accounts.service.ts';
export { accountsRoutes } from './accounts.routes.tsx';
export { can, type Permission, type Role, ROLES } from './roles.ts';
