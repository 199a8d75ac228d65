import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';

export type IntentionStatus = Schemas['IntentionStatus'];

/** Sends a proposed coalition; the receipt says it waits for the editors. */
export function useProposeIntention() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (input: Schemas['IntentionInput']) =>
      unwrap(await api.POST('/api/v1/intentions', { body: input })),
  });
}

/** The proposals in a status, oldest first (editors and administrators). */
export function useIntentions(status: IntentionStatus) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['intentions', status],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/intentions', {
          params: { query: { status, size: 100 } },
          signal,
        }),
      ),
  });
}

/** The editors' decision on a proposal; the lists are read again after it. */
export function useDecideIntention(id: number) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['IntentionDecisionInput']) =>
      unwrap(
        await api.POST('/api/v1/intentions/{id}/decision', {
          params: { path: { id } },
          body: input,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['intentions'] });
      void queryClient.invalidateQueries({ queryKey: ['coalitions'] });
    },
  });
}
