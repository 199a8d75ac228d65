import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPage } from '@/components/ui/pagination';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

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

/** The tab (`?when=past`; upcoming otherwise) and page of the event list at a URL. */
export function eventListFilters(params: URLSearchParams): EventFilters & { when: EventPeriod } {
  return { when: params.get('when') === 'past' ? 'past' : 'upcoming', page: apiPage(params) };
}

export function eventsQuery(
  api: ApiClient,
  { when, coalition, territory, page = 0, size = 20, enabled = true }: EventFilters,
) {
  return queryOptions({
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
              page,
              size,
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

/** The events of a territory, as its page lists them. */
export function territoryEventFilters(territory: string): EventFilters {
  return { territory, size: 50 };
}

export function useEvents(filters: EventFilters) {
  return useQuery(eventsQuery(useApiClient(), filters));
}

export function eventQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['events', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/events/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useEvent(slug: string) {
  return useQuery(eventQuery(useApiClient(), slug));
}
