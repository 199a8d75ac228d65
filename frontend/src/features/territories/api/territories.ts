import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

export function territoryTreeQuery(api: ApiClient) {
  return queryOptions({
    queryKey: ['territories', 'tree'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/territories', { signal })),
  });
}

export function useTerritoryTree() {
  return useQuery(territoryTreeQuery(useApiClient()));
}

export function territoryQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['territories', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/territories/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useTerritory(slug: string) {
  return useQuery(territoryQuery(useApiClient(), slug));
}

/** The coalitions declined in a territory, by number. */
export function territoryCoalitionsQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['territories', slug, 'coalitions'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/{territorySlug}/coalitions', {
          params: { path: { territorySlug: slug }, query: { size: 100, sort: 'number' } },
          signal,
        }),
      ),
  });
}

export function useTerritoryCoalitions(slug: string) {
  return useQuery(territoryCoalitionsQuery(useApiClient(), slug));
}

/** The territory's planning documents and main strategy, with the coalitions each carries. */
export function territoryPlansQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['territories', slug, 'plans'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/{territorySlug}/plans', {
          params: { path: { territorySlug: slug } },
          signal,
        }),
      ),
  });
}

export function useTerritoryPlans(slug: string) {
  return useQuery(territoryPlansQuery(useApiClient(), slug));
}

/** The resources shared in a territory's toolbox, by title. */
export function territoryResourcesQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['territories', slug, 'resources'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/{slug}/resources', {
          params: { path: { slug }, query: { size: 100, sort: 'title' } },
          signal,
        }),
      ),
  });
}

export function useTerritoryResources(slug: string) {
  return useQuery(territoryResourcesQuery(useApiClient(), slug));
}

/** The local initiatives of a territory, by title. */
export function territoryInitiativesQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['territories', slug, 'initiatives'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/{slug}/initiatives', {
          params: { path: { slug }, query: { size: 100, sort: 'title' } },
          signal,
        }),
      ),
  });
}

export function useTerritoryInitiatives(slug: string) {
  return useQuery(territoryInitiativesQuery(useApiClient(), slug));
}

/** The territories where coalitions are declined, with their number (the map's shading). */
export function territorialCountsQuery(api: ApiClient) {
  return queryOptions({
    queryKey: ['territories', 'coalition-counts'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/territories/coalition-counts', { signal })),
  });
}

export function useTerritorialCounts() {
  return useQuery(territorialCountsQuery(useApiClient()));
}
