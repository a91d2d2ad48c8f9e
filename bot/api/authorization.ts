/**
 * The API's authorization rules, as small pure checks the route modules share (architecture "Who is an admin"):
 * - admin routes need the admin role; reader routes need reader or admin (read-only tenant views);
 * - organizers read only their own data; admins and readers read anyone's in their own tenant.
 * The tenant is never a parameter here: the caller's tenant comes from the validated token, and every key starts with it.
 */
import type { AccessRole, CallerIdentity } from '../identity/access';

/** Who may call a route: anyone, any signed-in person of a served tenant, readers (and admins), or admins. */
export type RouteAccess = 'public' | 'user' | 'reader' | 'admin';

export type Decision = 'allow' | 'deny';

const RANK: Record<AccessRole, number> = { organizer: 0, reader: 1, admin: 2 };
const NEEDED: Record<Exclude<RouteAccess, 'public'>, number> = { user: 0, reader: 1, admin: 2 };

/** Does this role meet what the route needs? */
export function requireRole(role: AccessRole, needed: Exclude<RouteAccess, 'public'>): Decision {
  return RANK[role] >= NEEDED[needed] ? 'allow' : 'deny';
}

/** May this caller read data about that user? Organizers only about themselves. */
export function canReadUser(caller: Pick<CallerIdentity, 'userId'>, role: AccessRole, userId: string): boolean {
  if (role === 'admin' || role === 'reader') return true;
  return caller.userId.toLowerCase() === userId.toLowerCase();
}

