import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

export function usePanorama() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['panorama'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/panorama', { signal })),
  });
}
