import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap, useApiClient, type Schemas } from '@/lib/api-client';

/** Where comments are posted: a published note or a coalition. */
export interface CommentTarget {
  kind: 'notes' | 'coalitions';
  slug: string;
}

/**
 * An API error with the `Retry-After` of a 429, in seconds when the server gave it (also as
 * `retryAfterSeconds`, which `ProblemView` shows).
 */
export class SubmissionError extends ApiError {
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Schemas['Problem'] | undefined, retryAfter?: number) {
    super(status, problem, retryAfter === undefined ? null : String(retryAfter));
    this.name = 'SubmissionError';
    this.retryAfter = retryAfter;
  }
}

interface Answer {
  error?: unknown;
  response: Response;
}

/** Throws a {@link SubmissionError} for an answer that is not a success. */
export function failIfNotOk({ error, response }: Answer): void {
  if (response.ok) return;
  const problem = typeof error === 'object' && error !== null ? error : undefined;
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? Number.NaN : Number.parseInt(header, 10);
  throw new SubmissionError(
    response.status,
    problem,
    Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined,
  );
}

const PAGE_SIZE = 20;

export const commentsKey = (target: CommentTarget) => ['comments', target.kind, target.slug];

/** Published comments (with their replies), oldest first, 20 top-level comments at a time. */
export function useComments(target: CommentTarget) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: commentsKey(target),
    initialPageParam: 0,
    queryFn: async ({ pageParam, signal }) => {
      const params = {
        path: { slug: target.slug },
        query: { page: pageParam, size: PAGE_SIZE },
      };
      return unwrap(
        target.kind === 'notes'
          ? await api.GET('/api/v1/notes/{slug}/comments', { params, signal })
          : await api.GET('/api/v1/coalitions/{slug}/comments', { params, signal }),
      );
    },
    getNextPageParam: (last) => {
      const next = (last.page ?? 0) + 1;
      return next < (last.totalPages ?? 0) ? next : undefined;
    },
    staleTime: 10_000,
  });
}

/** Posts a comment or a reply; a published one is shown at once. */
export function usePostComment(target: CommentTarget) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['CommentInput']) => {
      const params = { path: { slug: target.slug } };
      const answer =
        target.kind === 'notes'
          ? await api.POST('/api/v1/notes/{slug}/comments', { params, body: input })
          : await api.POST('/api/v1/coalitions/{slug}/comments', { params, body: input });
      failIfNotOk(answer);
      return unwrap(answer);
    },
    onSuccess: (receipt) => {
      if (receipt.status === 'APPROVED') {
        void queryClient.invalidateQueries({ queryKey: commentsKey(target) });
      }
    },
  });
}

/** Reports a published comment to the moderators (204). */
export function useReportComment() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: number; input: Schemas['ReportInput'] }) => {
      failIfNotOk(
        await api.POST('/api/v1/comments/{id}/reports', {
          params: { path: { id } },
          body: input,
        }),
      );
    },
  });
}

/** Asks for an erasure link to be mailed to an address (202, the same answer whatever it sent). */
export function useRequestErasure() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (input: Schemas['ErasureRequest']) => {
      const answer = await api.POST('/api/v1/comments/erasure-requests', { body: input });
      failIfNotOk(answer);
      return unwrap(answer);
    },
  });
}

/** Uses a mailed erasure link: 404 invalid or expired, 409 already used. */
export function useEraseByLink() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => {
      const answer = await api.POST('/api/v1/comments/erasure/{token}', {
        params: { path: { token } },
      });
      failIfNotOk(answer);
      return unwrap(answer);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['comments'] }),
  });
}

export const myCommentsKey = ['me', 'comments'];

/** The signed-in member's comments, newest first. */
export function useMyComments(page: number, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...myCommentsKey, page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/me/comments', {
          params: { query: { page, size: 20 } },
          signal,
        }),
      ),
    enabled,
    staleTime: 0,
  });
}

/** Erases every comment (and suggestion) of the signed-in member. */
export function useEraseMine() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const answer = await api.DELETE('/api/v1/me/comments');
      failIfNotOk(answer);
      return unwrap(answer);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myCommentsKey });
      await queryClient.invalidateQueries({ queryKey: ['comments'] });
    },
  });
}
