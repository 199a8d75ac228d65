import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPage } from '@/components/ui/pagination';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The filters of the coalition list, as they appear in the URL. */
export interface CoalitionFilters {
  axis?: string;
  territory?: string;
  stage?: string;
  keyword?: string;
  q?: string;
  /** From 0, like the API. */
  page: number;
}

/** The filters of the coalition list at a URL's query string. */
export function coalitionFilters(params: URLSearchParams): CoalitionFilters {
  const value = (key: string) => params.get(key) ?? undefined;
  return {
    axis: value('axis'),
    territory: value('territory'),
    stage: value('stage'),
    keyword: value('keyword'),
    q: value('q'),
    page: apiPage(params),
  };
}

/** The coalition list (also loaded by the route before the page renders: app/router.tsx). */
export function coalitionsQuery(api: ApiClient, filters: CoalitionFilters) {
  return queryOptions({
    queryKey: ['coalitions', 'list', filters],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions', {
          params: {
            query: {
              axis: filters.axis,
              territory: filters.territory,
              stage: filters.stage,
              keyword: filters.keyword,
              q: filters.q,
              page: filters.page,
              size: 20,
              sort: 'number',
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCoalitions(filters: CoalitionFilters) {
  return useQuery(coalitionsQuery(useApiClient(), filters));
}

export function coalitionsOfAxisQuery(api: ApiClient, axis: string) {
  return queryOptions({
    queryKey: ['coalitions', 'list', { axis, size: 100 }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions', {
          params: { query: { axis, size: 100, sort: 'number' } },
          signal,
        }),
      ),
  });
}

export function useCoalitionsOfAxis(axis: string) {
  return useQuery(coalitionsOfAxisQuery(useApiClient(), axis));
}

/** One coalition (also loaded by the route before the page renders: app/router.tsx). */
export function coalitionQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['coalitions', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/coalitions/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useCoalition(slug: string) {
  return useQuery(coalitionQuery(useApiClient(), slug));
}

/** The coalition's health (allies, impacts, time in the stage, recent activity). */
export function useCoalitionHealth(slug: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    enabled,
    queryKey: ['coalitions', slug, 'health'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/health', { params: { path: { slug } }, signal }),
      ),
  });
}

export function useCoalitionTerritories(slug: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    enabled,
    queryKey: ['coalitions', slug, 'territories'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/territories', {
          params: { path: { slug }, query: { size: 100 } },
          signal,
        }),
      ),
  });
}

/** Choices of the territory filter: every territory, flat, by name. */
export function territoryChoicesQuery(api: ApiClient) {
  return queryOptions({
    queryKey: ['territories', 'choices'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/list', {
          params: { query: { size: 100, sort: 'name' } },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useTerritoryChoices() {
  return useQuery(territoryChoicesQuery(useApiClient()));
}

export function axisChoicesQuery(api: ApiClient) {
  return queryOptions({
    queryKey: ['axes'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/axes', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useAxisChoices() {
  return useQuery(axisChoicesQuery(useApiClient()));
}
