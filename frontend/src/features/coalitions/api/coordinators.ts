import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** Accounts read at a time when an administrator looks for one to name (the API's maximum). */
const ACCOUNTS_PAGE_SIZE = 100;

/** The accounts named coordinators of a coalition, read afresh for editing. */
export function useCoordinatorsForEdit(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', slug, 'coordinators', EDIT],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/coordinators', {
          params: { path: { slug } },
          signal,
        }),
      ),
    staleTime: 0,
    gcTime: 0,
  });
}

/** Replaces the coalition's coordinators by the accounts given (the whole list). */
export function useSaveCoordinators(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (accounts: number[]) =>
      unwrap(
        await api.PUT('/api/v1/coalitions/{slug}/coordinators', {
          params: { path: { slug } },
          body: { accounts },
        }),
      ),
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}

/**
 * The platform's accounts, 100 at a time, for an administrator to choose from (`GET
 * /api/v1/accounts` is for administrators only and has no text search: the choice is filtered in
 * the browser among the pages read). Nothing is asked until `enabled`.
 */
export function useAccountChoices(enabled: boolean) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: ['accounts', 'choices'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/accounts', {
          params: { query: { page: pageParam, size: ACCOUNTS_PAGE_SIZE } },
          signal,
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last: Schemas['PageAccountView']) => {
      const next = (last.page ?? 0) + 1;
      return next < (last.totalPages ?? 0) ? next : undefined;
    },
    enabled,
  });
}
