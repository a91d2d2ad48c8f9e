import type { UserRole } from '../../../bot/api/contracts';

export const VIEW_IDS = ['overview', 'usage', 'credits', 'settings', 'myMeetings'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

const TENANT_VIEWS: readonly ViewId[] = ['overview', 'usage', 'credits', 'settings'];

/** Admins and Readers see the tenant views; everyone sees their own meetings (architecture: "who gets what"). */
export function viewsForRole(role: UserRole): ViewId[] {
  return role === 'admin' || role === 'reader' ? [...TENANT_VIEWS, 'myMeetings'] : ['myMeetings'];
}

/** The view named in the URL hash (#usage) if this role may see it, else the role's first view. */
export function initialView(role: UserRole, hash: string): ViewId {
  const allowed = viewsForRole(role);
  const wanted = hash.replace(/^#\/?/, '');
  return allowed.find((id) => id === wanted) ?? (allowed[0] as ViewId);
}
