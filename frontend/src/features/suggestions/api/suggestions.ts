import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, unwrap, useApiClient, type Schemas } from '@/lib/api-client';

/** What a suggestion is about: an axis (panorama, axis page) or a coalition. */
export interface SuggestionTarget {
  kind: 'axis' | 'coalition';
  slug: string;
}

/** A 429 of the anti-spam rate limits, with the delay the server asks for (`Retry-After`). */
export class SubmissionLimited extends ApiError {
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Schemas['Problem'] | undefined, retryAfter: string | null) {
    super(429, problem);
    const seconds = Number(retryAfter);
    this.retryAfterSeconds =
      retryAfter !== null && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  }
}

function asProblem(error: unknown): Schemas['Problem'] | undefined {
  return typeof error === 'object' && error !== null ? error : undefined;
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
      if (result.response.status === 429) {
        throw new SubmissionLimited(
          asProblem(result.error),
          result.response.headers.get('Retry-After'),
        );
      }
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
