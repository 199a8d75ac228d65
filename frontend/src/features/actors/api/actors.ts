import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';

export interface ActorFilters {
  q?: string;
  kind?: Schemas['ActorKind'];
  /** From 0, like the API. */
  page: number;
}

export function useActors({ q, kind, page }: ActorFilters) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['actors', 'list', { q, kind, page }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/actors', {
          params: { query: { q, kind, page: String(page), size: '30', sort: 'name' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useActor(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['actors', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/actors/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useActorMemberships(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['actors', slug, 'memberships'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/actors/{actorSlug}/memberships', {
          params: { path: { actorSlug: slug }, query: { size: '100', sort: 'number' } },
          signal,
        }),
      ),
  });
}
