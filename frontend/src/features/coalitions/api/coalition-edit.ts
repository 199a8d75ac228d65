import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ifMatch, unwrap, unwrapTagged, useApiClient, type Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

const coalitions = editHooks<Schemas['CoalitionInput'], Schemas['Coalition']>({
  key: 'coalitions',
  item: '/api/v1/coalitions/{slug}',
  collection: '/api/v1/coalitions',
  param: 'slug',
});

/** The coalition with its ETag, read afresh for editing. */
export const useCoalitionForEdit = coalitions.useForEdit;
/** Creates a coalition (no slug) or replaces one's canvas, sending `If-Match`. */
export const useSaveCoalition = coalitions.useSave;

/** After a change of measures or members, the coalition's ETag changes: read it again. */
function useRefreshCoalition(slug: string) {
  const queryClient = useQueryClient();
  return async () => {
    await invalidateAfterWrite(queryClient);
    await queryClient.invalidateQueries({ queryKey: ['coalitions', slug, EDIT] });
  };
}

export function useAddMeasure(slug: string) {
  const api = useApiClient();
  const refresh = useRefreshCoalition(slug);
  return useMutation({
    mutationFn: async ({ impactId, input }: { impactId: number; input: Schemas['MeasureInput'] }) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/impacts/{impactId}/measures', {
          params: { path: { slug, impactId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Corrects a recorded measure (PUT …/measures/{measureId}). */
export function useUpdateMeasure(slug: string) {
  const api = useApiClient();
  const refresh = useRefreshCoalition(slug);
  return useMutation({
    mutationFn: async ({
      impactId,
      measureId,
      input,
    }: {
      impactId: number;
      measureId: number;
      input: Schemas['MeasureInput'];
    }) =>
      unwrap(
        await api.PUT('/api/v1/coalitions/{slug}/impacts/{impactId}/measures/{measureId}', {
          params: { path: { slug, impactId, measureId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteMeasure(slug: string) {
  const api = useApiClient();
  const refresh = useRefreshCoalition(slug);
  return useMutation({
    mutationFn: async ({ impactId, measureId }: { impactId: number; measureId: number }) => {
      const result = await api.DELETE(
        '/api/v1/coalitions/{slug}/impacts/{impactId}/measures/{measureId}',
        { params: { path: { slug, impactId, measureId } } },
      );
      if (!result.response.ok) unwrap({ ...result, data: undefined });
    },
    onSuccess: refresh,
  });
}

export function useAddMember(slug: string) {
  const api = useApiClient();
  const refresh = useRefreshCoalition(slug);
  return useMutation({
    mutationFn: async (input: Schemas['MembershipInput']) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/members', {
          params: { path: { slug } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

/** One membership with its ETag, read when its row is opened for editing. */
export function useMembershipForEdit(slug: string, actorSlug: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', slug, 'members', actorSlug, EDIT],
    queryFn: async ({ signal }) =>
      unwrapTagged(
        await api.GET('/api/v1/coalitions/{slug}/members/{actorSlug}', {
          params: { path: { slug, actorSlug } },
          signal,
        }),
      ),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useUpdateMember(slug: string) {
  const api = useApiClient();
  const refresh = useRefreshCoalition(slug);
  return useMutation({
    mutationFn: async ({
      actorSlug,
      input,
      etag,
    }: {
      actorSlug: string;
      input: Schemas['MembershipUpdate'];
      etag: string | undefined;
    }) =>
      unwrap(
        await api.PUT('/api/v1/coalitions/{slug}/members/{actorSlug}', {
          params: { path: { slug, actorSlug }, header: ifMatch(etag) },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveMember(slug: string) {
  const api = useApiClient();
  const refresh = useRefreshCoalition(slug);
  return useMutation({
    mutationFn: async (actorSlug: string) => {
      const { response, error } = await api.DELETE(
        '/api/v1/coalitions/{slug}/members/{actorSlug}',
        { params: { path: { slug, actorSlug } } },
      );
      if (!response.ok) unwrap({ error, response });
    },
    onSuccess: refresh,
  });
}

/** A coalition's declension in a territory, with its ETag. */
export function useDeclensionForEdit(slug: string, territorySlug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', slug, 'territories', territorySlug, EDIT],
    queryFn: async ({ signal }) =>
      unwrapTagged(
        await api.GET('/api/v1/coalitions/{slug}/territories/{territorySlug}', {
          params: { path: { slug, territorySlug } },
          signal,
        }),
      ),
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSaveDeclension(slug: string, territorySlug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      input,
      etag,
    }: {
      input: Schemas['TerritorialCoalitionInput'];
      etag: string | undefined;
    }) =>
      unwrapTagged(
        await api.PUT('/api/v1/coalitions/{slug}/territories/{territorySlug}', {
          params: { path: { slug, territorySlug }, header: ifMatch(etag) },
          body: input,
        }),
      ),
    // The form's own onSuccess navigates; the edit query (gcTime 0) is read afresh next time.
    onSuccess: () => invalidateAfterWrite(queryClient),
  });
}
