import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient } from '@/lib/api-client';

export type EventPeriod = 'upcoming' | 'past';

export interface EventFilters {
  when?: EventPeriod;
  coalition?: string;
  territory?: string;
  /** From 0, like the API. */
  page?: number;
  size?: number;
  /** False: not yet asked for (see `useAfterPaint`). */
  enabled?: boolean;
}

export function useEvents({
  when,
  coalition,
  territory,
  page = 0,
  size = 20,
  enabled = true,
}: EventFilters) {
  const api = useApiClient();
  return useQuery({
    enabled,
    queryKey: ['events', 'list', { when, coalition, territory, page, size }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/events', {
          params: {
            query: {
              when,
              coalition,
              territory,
              page: String(page),
              size: String(size),
              // Upcoming events soonest first; otherwise the latest first (the API's default).
              sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['events', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/events/{slug}', { params: { path: { slug } }, signal })),
  });
}
