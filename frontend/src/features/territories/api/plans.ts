import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch, unwrap, unwrapTagged, useApiClient, type Schemas } from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** A territory's planning documents and main strategy, read afresh for editing. */
export function useTerritoryPlansForEdit(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['territories', slug, 'plans', EDIT],
    queryFn: async ({ signal }) =>
      unwrapTagged(
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
 * Replaces the territory's planning documents by those given, in their order, sending the ETag of
 * the list as read (`If-Match`: a 412 when someone changed it meanwhile).
 */
export function useSaveTerritoryPlans(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      plans,
      etag,
    }: {
      plans: Schemas['TerritoryPlanInput'][];
      etag: string | undefined;
    }) =>
      unwrap(
        await api.PUT('/api/v1/territories/{territorySlug}/plans', {
          params: { path: { territorySlug: slug }, header: ifMatch(etag) },
          body: plans,
        }),
      ),
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
