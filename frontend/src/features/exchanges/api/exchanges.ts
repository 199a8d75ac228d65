import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The exchanges between territories, optionally those of a territory or on a coalition. */
export function exchangesQuery(
  api: ApiClient,
  filter: { territory?: string; coalition?: string } = {},
) {
  return queryOptions({
    queryKey: ['exchanges', filter],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/exchanges', { params: { query: filter }, signal })),
  });
}

export function useExchanges(filter: { territory?: string; coalition?: string } = {}) {
  return useQuery(exchangesQuery(useApiClient(), filter));
}

export function useExchange(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['exchanges', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/exchanges/{slug}', { params: { path: { slug } }, signal })),
  });
}

/** What territories report on a coalition, whatever the exchange. */
export function useCoalitionReports(slug: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['coalitions', slug, 'experience-reports'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/experience-reports', {
          params: { path: { slug } },
          signal,
        }),
      ),
    enabled,
  });
}
