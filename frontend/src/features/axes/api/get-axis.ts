import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

export function useAxis(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['axes', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/axes/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useAxes() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['axes'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/axes', { signal })),
    staleTime: 5 * 60_000,
  });
}
