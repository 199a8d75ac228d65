import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

export function useTestimonies({
  coalition,
  actor,
  event,
  enabled = true,
}: {
  coalition?: string;
  actor?: string;
  event?: string;
  /** False: not yet asked for (see `useAfterPaint`). */
  enabled?: boolean;
}) {
  const api = useApiClient();
  return useQuery({
    enabled,
    queryKey: ['testimonies', 'list', { coalition, actor, event }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/testimonies', {
          params: { query: { coalition, actor, event, size: 50 } },
          signal,
        }),
      ),
  });
}
