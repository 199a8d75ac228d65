import { useMutation, useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';

/** What a suggestion is about: an axis (panorama, axis page) or a coalition. */
export interface SuggestionTarget {
  kind: 'axis' | 'coalition';
  slug: string;
}

/** Sends a suggestion; the receipt says it waits for a moderator. */
export function useSubmitSuggestion(target: SuggestionTarget) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (input: Schemas['SuggestionInput']) => {
      const params = { path: { slug: target.slug } };
      const result =
        target.kind === 'axis'
          ? await api.POST('/api/v1/axes/{slug}/suggestions', { params, body: input })
          : await api.POST('/api/v1/coalitions/{slug}/suggestions', { params, body: input });
      // A refusal is an ApiError, with the delay of a 429 (`Retry-After`) for `ProblemView`.
      return unwrap(result);
    },
  });
}

/** The suggestions moderators accepted for an axis or a coalition (the first hundred). */
export function useAcceptedSuggestions(target: SuggestionTarget) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['suggestions', target.kind, target.slug],
    queryFn: async ({ signal }) => {
      const params = { path: { slug: target.slug }, query: { size: 100 } };
      return unwrap(
        target.kind === 'axis'
          ? await api.GET('/api/v1/axes/{slug}/suggestions', { params, signal })
          : await api.GET('/api/v1/coalitions/{slug}/suggestions', { params, signal }),
      );
    },
  });
}
