/** Staff accounts: sign-in and sessions, the sign-in throttle, users and their own account page. */

export { type AccountsService, createAccountsService, type User } from './accounts.service.ts';
export { ownAccountRoutes } from './own-account.routes.tsx';
export { signInRoutes } from './sign-in.routes.tsx';
export { usersRoutes } from './users.routes.tsx';
