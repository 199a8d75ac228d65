import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch, unwrapTagged, useApiClient, type Schemas, type Tagged } from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** A note (drafts included, for editors) with its ETag. */
export function useNoteForEdit(slug: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['notes', slug, EDIT],
    queryFn: async ({ signal }) =>
      unwrapTagged(
        await api.GET('/api/v1/notes/{slug}', { params: { path: { slug: slug ?? '' } }, signal }),
      ),
    enabled: slug !== undefined,
    staleTime: 0,
    gcTime: 0,
  });
}

/** Creates a note (no slug) or replaces one, sending `If-Match`. */
export function useSaveNote(slug: string | undefined) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      input,
      etag,
    }: {
      input: Schemas['NoteInput'];
      etag: string | undefined;
    }): Promise<Tagged<Schemas['Note']>> =>
      slug
        ? unwrapTagged(
            await api.PUT('/api/v1/notes/{slug}', {
              params: { path: { slug }, header: ifMatch(etag) },
              body: input,
            }),
          )
        : unwrapTagged(await api.POST('/api/v1/notes', { body: input })),
    // The form's own onSuccess navigates; the edit query (gcTime 0) is read afresh next time.
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
