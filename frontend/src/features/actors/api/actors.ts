import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPage } from '@/components/ui/pagination';
import { unwrap, useApiClient, type ApiClient, type Schemas } from '@/lib/api-client';
import { isActorKind } from '@/features/actors/components/actor-kinds';

export interface ActorFilters {
  q?: string;
  kind?: Schemas['ActorKind'];
  /** From 0, like the API. */
  page: number;
}

/** The filters of the actor directory at a URL's query string. */
export function actorFilters(params: URLSearchParams): ActorFilters {
  const kind = params.get('kind');
  return {
    q: params.get('q') ?? undefined,
    kind: isActorKind(kind) ? kind : undefined,
    page: apiPage(params),
  };
}

export function actorsQuery(api: ApiClient, { q, kind, page }: ActorFilters) {
  return queryOptions({
    queryKey: ['actors', 'list', { q, kind, page }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/actors', {
          params: { query: { q, kind, page, size: 30, sort: 'name' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useActors(filters: ActorFilters) {
  return useQuery(actorsQuery(useApiClient(), filters));
}

export function actorQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['actors', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/actors/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useActor(slug: string) {
  return useQuery(actorQuery(useApiClient(), slug));
}

export function useActorMemberships(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['actors', slug, 'memberships'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/actors/{actorSlug}/memberships', {
          params: { path: { actorSlug: slug }, query: { size: 100, sort: 'number' } },
          signal,
        }),
      ),
  });
}
