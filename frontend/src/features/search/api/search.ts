import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The search terms at a URL (`?q=`), trimmed. */
export function searchTerms(params: URLSearchParams): string {
  return params.get('q')?.trim() ?? '';
}

export function searchQuery(api: ApiClient, q: string) {
  return queryOptions({
    queryKey: ['search', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/search', { params: { query: { q, size: 50 } }, signal })),
    enabled: q.trim() !== '',
  });
}

export function useSearch(q: string) {
  return useQuery(searchQuery(useApiClient(), q));
}
