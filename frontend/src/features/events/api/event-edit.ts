import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch, unwrapTagged, useApiClient, type Schemas, type Tagged } from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** An event with its agenda and ETag, read afresh for editing. */
export function useEventForEdit(slug: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['events', slug, EDIT],
    queryFn: async ({ signal }) =>
      unwrapTagged(
        await api.GET('/api/v1/events/{slug}', { params: { path: { slug: slug ?? '' } }, signal }),
      ),
    enabled: slug !== undefined,
    staleTime: 0,
    gcTime: 0,
  });
}

/** Creates an event (no slug) or replaces one with its whole agenda, sending `If-Match`. */
export function useSaveEvent(slug: string | undefined) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      input,
      etag,
    }: {
      input: Schemas['EventInput'];
      etag: string | undefined;
    }): Promise<Tagged<Schemas['Event']>> =>
      slug
        ? unwrapTagged(
            await api.PUT('/api/v1/events/{slug}', {
              params: { path: { slug }, header: ifMatch(etag) },
              body: input,
            }),
          )
        : unwrapTagged(await api.POST('/api/v1/events', { body: input })),
    // The form's own onSuccess navigates; the edit query (gcTime 0) is read afresh next time.
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
