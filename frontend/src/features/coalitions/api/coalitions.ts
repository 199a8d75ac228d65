import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
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

export function useCoalitions(filters: CoalitionFilters) {
  const api = useApiClient();
  return useQuery({
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
              page: String(filters.page),
              size: '20',
              sort: 'number',
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCoalitionsOfAxis(axis: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', 'list', { axis, size: 100 }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions', {
          params: { query: { axis, size: '100', sort: 'number' } },
          signal,
        }),
      ),
  });
}

/** One coalition's query, also started early by the app's start-up (see app/router.tsx). */
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

export function useCoalitionTerritories(slug: string, { enabled = true } = {}) {
  const api = useApiClient();
  return useQuery({
    enabled,
    queryKey: ['coalitions', slug, 'territories'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/territories', {
          params: { path: { slug }, query: { size: '100' } },
          signal,
        }),
      ),
  });
}

/** Choices of the territory filter: every territory, flat, by name. */
export function useTerritoryChoices() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['territories', 'choices'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/territories/list', {
          params: { query: { size: '100', sort: 'name' } },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useAxisChoices() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['axes'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/axes', { signal })),
    staleTime: 5 * 60_000,
  });
}
