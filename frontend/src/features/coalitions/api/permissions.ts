import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';

// What the reader may do, which the reading pages (coalition, territory) ask to show their edit
// links: apart from the editing hooks (coalition-edit.ts), so that those pages do not load them.

const NO_PERMISSIONS: Schemas['CoalitionPermissions'] = {
  edit: false,
  delete: false,
  nameCoordinators: false,
};

/**
 * What the signed-in caller may do with a coalition, as the API says (it reads the bearer
 * token). Anonymous readers may do nothing, without asking. `isPending` while unknown.
 */
export function useCoalitionPermissions(slug: string) {
  const api = useApiClient();
  const auth = useAuth();
  const signedIn = auth.status === 'authenticated';
  const query = useQuery({
    queryKey: ['coalitions', slug, 'permissions', auth.account?.subject ?? null],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/permissions', {
          params: { path: { slug } },
          signal,
        }),
      ),
    enabled: signedIn && slug !== '',
    staleTime: 60_000,
  });
  const settled = auth.status !== 'loading' && (!signedIn || !query.isPending);
  return {
    permissions: signedIn ? (query.data ?? NO_PERMISSIONS) : NO_PERMISSIONS,
    settled,
    signedIn,
    login: auth.login,
  };
}

/**
 * Whether the caller manages a territory (or one above it): territory managers edit the
 * declensions there. Undefined while the caller's account is loading.
 */
export function useManagesTerritory(
  territory: Schemas['Territory'] | undefined,
): boolean | undefined {
  const auth = useAuth();
  if (auth.status !== 'authenticated') return auth.status === 'loading' ? undefined : false;
  if (auth.hasRole('admin')) return true;
  if (!auth.hasRole('territory-manager')) return false;
  if (!territory || !auth.me) return undefined;
  const managed = new Set((auth.me.territories ?? []).map((item) => item.slug));
  return [territory, ...(territory.ancestors ?? [])].some((item) => managed.has(item.slug));
}
