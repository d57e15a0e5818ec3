/** What every admin request carries once the admin area's hooks ran: who is signed in, in which language. */
import type { Permission, Role } from './roles.ts';

/** The signed-in person as the admin kernel knows them; accounts owns the rest. */
export interface StaffMember {
  id: number;
  email: string;
  name: string;
  role: Role;
  interfaceLanguage: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member; set on every admin route except the public ones. */
    staff: StaffMember | null;
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
export function staffOf(request: { staff: StaffMember | null }): StaffMember {
  if (!request.staff) throw new Error('staffOf() on a route without a permission');
  return request.staff;
}
