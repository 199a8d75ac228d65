import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

/** The catalogue of the open data: downloads, files with their columns, licence. */
export function useOpenData() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['open-data'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/open-data', { signal })),
  });
}
