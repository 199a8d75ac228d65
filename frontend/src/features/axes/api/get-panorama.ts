import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The panorama query, also started early by the app's start-up (see app/router.tsx). */
export function panoramaQuery(api: ApiClient) {
  return queryOptions({
    queryKey: ['panorama'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/panorama', { signal })),
  });
}

export function usePanorama() {
  return useQuery(panoramaQuery(useApiClient()));
}
