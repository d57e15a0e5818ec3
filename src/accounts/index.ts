/** Staff accounts: sign-in and sessions, the sign-in throttle, users and their own account page. */

export { type AccountsService, createAccountsService } from './accounts.service.ts';
export type { User } from './accounts.types.ts';
export { apiTokensRoutes } from './api-tokens.routes.tsx';
export { API_SCOPES, type ApiPrincipal, type ApiScope, type ApiTokensService, createApiTokensService } from './api-tokens.service.ts';
export { ownAccountRoutes } from './own-account.routes.tsx';
export { readPassword } from './read-password.ts';
export { signInRoutes } from './sign-in.routes.tsx';
export { usersRoutes } from './users.routes.tsx';
