import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The filters of the alliance graph, as they appear in the URL. */
export interface GraphFilters {
  axis?: string;
  territory?: string;
  stage?: string;
}

export const GRAPH_FILTER_KEYS = ['axis', 'territory', 'stage'] as const;

export function graphFilters(params: URLSearchParams): GraphFilters {
  const value = (key: string) => params.get(key) ?? undefined;
  return { axis: value('axis'), territory: value('territory'), stage: value('stage') };
}

/** The alliance graph (also loaded by the route before the page renders: app/router.tsx). */
export function graphQuery(api: ApiClient, filters: GraphFilters) {
  return queryOptions({
    queryKey: ['graph', filters],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/graph', { params: { query: { ...filters } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useGraph(filters: GraphFilters) {
  return useQuery(graphQuery(useApiClient(), filters));
}
