export { accountsRoutes } from './accounts.routes.tsx';
export { type AccountsService, createAccountsService, type User } from './accounts.service.ts';
export { can, type Permission, ROLES, type Role } from './roles.ts';
