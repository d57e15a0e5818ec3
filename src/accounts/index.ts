/** Staff accounts: sign-in and sessions, the sign-in throttle, users and their own account page. */
export { accountsRoutes } from './accounts.routes.tsx';
export { type AccountsService, createAccountsService, type User } from './accounts.service.ts';
