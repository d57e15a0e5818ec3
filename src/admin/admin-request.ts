/** What every admin request carries once the admin area's hooks ran: who is signed in, in which language. */
import type { User } from '../accounts/accounts.service.ts';
import type { Permission } from '../accounts/roles.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member; set on every admin route except the public ones. */
    staff: User | null;
    /** The session cookie's token, for rotation and sign-out. */
    sessionToken: string | null;
    adminLanguage: string;
  }
  interface FastifyContextConfig {
    /** What an admin route requires; `public` for the sign-in page itself. */
    permission?: Permission | 'public';
  }
}

export const SESSION_COOKIE = 'diwan_session';

/** The signed-in user of a route that required a permission (the guard guarantees one). */
export function staffOf(request: { staff: User | null }): User {
  if (!request.staff) throw new Error('staffOf() on a route without a permission');
  return request.staff;
}
