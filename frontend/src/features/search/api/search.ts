import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

export function useSearch(q: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['search', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/search', { params: { query: { q, size: '50' } }, signal })),
    enabled: q.trim() !== '',
  });
}
