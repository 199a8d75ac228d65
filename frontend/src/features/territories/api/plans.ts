import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** A territory's planning documents and main strategy, read afresh for editing. */
export function useTerritoryPlansForEdit(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['territories', slug, 'plans', EDIT],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/{territorySlug}/plans', {
          params: { path: { territorySlug: slug } },
          signal,
        }),
      ),
    staleTime: 0,
    gcTime: 0,
  });
}

/**
 * Replaces the territory's planning documents by those given, in their order (the API has no
 * ETag for them: the last one to save wins).
 */
export function useSaveTerritoryPlans(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (plans: Schemas['TerritoryPlanInput'][]) =>
      unwrap(
        await api.PUT('/api/v1/territories/{territorySlug}/plans', {
          params: { path: { territorySlug: slug } },
          body: plans,
        }),
      ),
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
