import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

export function axisQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['axes', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/axes/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useAxis(slug: string) {
  return useQuery(axisQuery(useApiClient(), slug));
}

export function useAxes() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['axes'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/axes', { signal })),
    staleTime: 5 * 60_000,
  });
}
