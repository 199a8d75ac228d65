import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

/** The resources whose history the API serves under `/{slug}/history`. */
export type HistoryPath =
  | '/api/v1/coalitions/{slug}/history'
  | '/api/v1/actors/{slug}/history'
  | '/api/v1/people/{slug}/history'
  | '/api/v1/territories/{slug}/history'
  | '/api/v1/axes/{slug}/history'
  | '/api/v1/resources/{slug}/history'
  | '/api/v1/initiatives/{slug}/history'
  | '/api/v1/events/{slug}/history'
  | '/api/v1/notes/{slug}/history';

export const HISTORY_PAGE_SIZE = 10;

/** One page of a resource's history, loaded only when `enabled` (the panel is open). */
export function useHistory(path: HistoryPath, slug: string, page: number, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['history', path, slug, page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET(path, {
          params: {
            path: { slug },
            query: { page, size: HISTORY_PAGE_SIZE },
          },
          signal,
        }),
      ),
    enabled,
    retry: false,
    placeholderData: keepPreviousData,
  });
}
