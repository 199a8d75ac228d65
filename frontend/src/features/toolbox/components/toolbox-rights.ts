import { Roles, type UseAuth } from '@/lib/auth';

/**
 * Who sees the toolbox's controls, following the API's rules (ToolboxAccess): administrators,
 * editors and territory managers write the whole toolbox; an account linked to the actor that
 * publishes a resource (or carries an initiative) replaces and deletes it. Coordinators have no
 * right here. The API decides each time; its 403 shows in the forms.
 */
const staff = [Roles.admin, Roles.editor, Roles.territoryManager] as const;

type Reader = Pick<UseAuth, 'status' | 'hasRole' | 'me'>;

/** Creating a resource or an initiative: the staff roles only (linked accounts do not create). */
export function mayShare(auth: Pick<UseAuth, 'hasRole'>): boolean {
  return staff.some((role) => auth.hasRole(role));
}

/**
 * Whether the reader may edit a record owned by the actor `owner` (its publisher or carrier):
 * undefined while the account the API knows is loading.
 */
export function mayEdit(auth: Reader, owner: string | undefined): boolean | undefined {
  if (auth.status === 'loading') return undefined;
  if (auth.status !== 'authenticated') return false;
  if (mayShare(auth)) return true;
  if (!owner) return false;
  if (!auth.me) return undefined;
  return (auth.me.actors ?? []).some((actor) => actor.slug === owner);
}
