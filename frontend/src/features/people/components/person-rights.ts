import type { Schemas } from '@/lib/api-client';
import { Roles, type UseAuth } from '@/lib/auth';

/**
 * Who may add people: the realm roles `POST /api/v1/people` admits (administrators, editors,
 * coordinators).
 */
export function canCreatePeople(auth: Pick<UseAuth, 'hasRole'>): boolean {
  return [Roles.admin, Roles.editor, Roles.coordinator].some((role) => auth.hasRole(role));
}

/**
 * Whether the screens offer to edit a person: administrators, editors and coordinators (the API
 * decides per person: a coordinator must own the person's actor, and its 403 shows in the form),
 * and the accounts that act for the person's actor (`GET /api/v1/me`, `actors`). Undefined while
 * the sign-in or the caller's account is loading.
 */
export function canEditPerson(
  auth: Pick<UseAuth, 'status' | 'hasRole' | 'me'>,
  person: Pick<Schemas['Person'], 'actor'> | undefined,
): boolean | undefined {
  if (auth.status === 'loading') return undefined;
  if (auth.status !== 'authenticated') return false;
  if (canCreatePeople(auth)) return true;
  const actor = person?.actor?.slug;
  if (!actor) return false;
  if (!auth.me) return undefined;
  return (auth.me.actors ?? []).some((owned) => owned.slug === actor);
}
