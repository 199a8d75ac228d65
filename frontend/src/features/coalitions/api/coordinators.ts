import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch, unwrap, unwrapTagged, useApiClient } from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** Accounts asked for at a time when an administrator looks for one to name. */
const ACCOUNTS_SHOWN = 20;

/** The accounts named coordinators of a coalition with the list's ETag, read afresh for editing. */
export function useCoordinatorsForEdit(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', slug, 'coordinators', EDIT],
    queryFn: async ({ signal }) =>
      unwrapTagged(
        await api.GET('/api/v1/coalitions/{slug}/coordinators', {
          params: { path: { slug } },
          signal,
        }),
      ),
    staleTime: 0,
    gcTime: 0,
  });
}

/**
 * Replaces the coalition's coordinators by the accounts given (the whole list), sending the ETag of
 * the list as read (`If-Match`: a 412 when someone changed it meanwhile); the list as stored, with
 * its new ETag.
 */
export function useSaveCoordinators(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ accounts, etag }: { accounts: number[]; etag: string | undefined }) =>
      unwrapTagged(
        await api.PUT('/api/v1/coalitions/{slug}/coordinators', {
          params: { path: { slug }, header: ifMatch(etag) },
          body: { accounts },
        }),
      ),
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}

/**
 * The accounts whose name or username holds the words typed (`GET /api/v1/accounts?q=`, for
 * administrators), for one to name; nothing is asked while nothing is typed.
 */
export function useAccountMatches(q: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['accounts', 'matches', q],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/accounts', {
          params: { query: { q, size: ACCOUNTS_SHOWN } },
          signal,
        }),
      ),
    enabled: q !== '',
    staleTime: 30_000,
  });
}
