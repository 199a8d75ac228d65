import { Roles, type UseAuth } from '@/lib/auth';

/**
 * Who sees the actor screens: the roles the API lets write actors (administrators, coordinators,
 * and editors, whom ownership rules admit). The API decides for each actor; its 403 shows in the
 * form.
 */
export function canManageActors(auth: Pick<UseAuth, 'hasRole'>): boolean {
  return [Roles.admin, Roles.coordinator, Roles.editor].some((role) => auth.hasRole(role));
}
