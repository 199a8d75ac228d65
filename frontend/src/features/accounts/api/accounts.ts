import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { invalidateAfterWrite } from '@/lib/query-keys';

/** Accounts on a page of the administrators' list. */
const PAGE_SIZE = 20;

/** A page of the platform's accounts with their links (administrators only). */
export function useAccounts(page: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['accounts', 'list', page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/accounts', {
          params: { query: { page, size: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Sets the actors an account acts for and the territories it manages (both lists replaced). The
 * list gives no ETag, so no `If-Match` is sent: the last administrator to save wins.
 */
export function useSaveAccountLinks(id: number) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (links: Schemas['AccountLinks']) =>
      unwrap(
        await api.PUT('/api/v1/accounts/{id}/links', {
          params: { path: { id: String(id) } },
          body: links,
        }),
      ),
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
