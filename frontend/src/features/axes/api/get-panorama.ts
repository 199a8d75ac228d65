import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The panorama (also loaded by the route before the page renders: app/router.tsx). */
export function panoramaQuery(api: ApiClient) {
  return queryOptions({
    queryKey: ['panorama'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/panorama', { signal })),
  });
}

export function usePanorama() {
  return useQuery(panoramaQuery(useApiClient()));
}
