import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

export interface NoteFilters {
  coalition?: string;
  event?: string;
  territory?: string;
  axis?: string;
  /** From 0, like the API. */
  page?: number;
  /** False: not yet asked for (see `useAfterPaint`). */
  enabled?: boolean;
}

export function notesQuery(
  api: ApiClient,
  { coalition, event, territory, axis, page = 0, enabled = true }: NoteFilters,
) {
  return queryOptions({
    enabled,
    queryKey: ['notes', 'list', { coalition, event, territory, axis, page }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/notes', {
          params: {
            query: {
              coalition,
              event,
              territory,
              axis,
              page,
              size: 20,
              sort: '-publishedAt',
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useNotes(filters: NoteFilters) {
  return useQuery(notesQuery(useApiClient(), filters));
}

export function noteQuery(api: ApiClient, slug: string) {
  return queryOptions({
    queryKey: ['notes', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/notes/{slug}', { params: { path: { slug } }, signal })),
  });
}

export function useNote(slug: string) {
  return useQuery(noteQuery(useApiClient(), slug));
}
