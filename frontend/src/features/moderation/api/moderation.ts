import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';

export const queues = ['pending', 'spam', 'reported'] as const;
export type Queue = (typeof queues)[number];

export function isQueue(value: string | null): value is Queue {
  return (queues as readonly (string | null)[]).includes(value);
}

const PAGE_SIZE = 20;

/** A queue of comments (oldest first) with e-mails, anti-spam decisions and open reports. */
export function useCommentQueue(queue: Queue, page: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['moderation', 'comments', queue, page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/moderation/comments', {
          params: { query: { queue, page, size: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useSuggestionQueue(queue: Queue, page: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['moderation', 'suggestions', queue, page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/moderation/suggestions', {
          params: { query: { queue, page, size: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** After a decision the queues, and what the public reads, change. */
function useInvalidateAfterDecision() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] !== 'me',
    });
}

export function useDecideComments() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterDecision();
  return useMutation({
    mutationFn: async (input: Schemas['CommentDecisionInput']) =>
      unwrap(await api.POST('/api/v1/moderation/comments/decisions', { body: input })),
    onSuccess: invalidate,
  });
}

export function useDecideSuggestions() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterDecision();
  return useMutation({
    mutationFn: async (input: Schemas['SuggestionDecisionInput']) =>
      unwrap(await api.POST('/api/v1/moderation/suggestions/decisions', { body: input })),
    onSuccess: invalidate,
  });
}
