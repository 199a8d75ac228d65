import {
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { Roles, useAuth } from '@/lib/auth';
import { invalidateAfterWrite } from '@/lib/query-keys';

/**
 * After a write, everything read is marked stale, without waiting for the refetch: the caller's
 * own `mutate(…, { onSuccess })` must run while its component is still there, and the refetch
 * may remove that component (a decided request leaves the inbox, a declared territory turns its
 * form into a link).
 */
function refreshAfterWrite(queryClient: QueryClient) {
  return () => {
    void invalidateAfterWrite(queryClient);
  };
}

/** Whether the signed-in user may decide commitment requests (coordinators and admins). */
export function useDecidesRequests(): boolean {
  const auth = useAuth();
  return (
    auth.status === 'authenticated' &&
    (auth.hasRole(Roles.coordinator) || auth.hasRole(Roles.admin))
  );
}

/** Proposes one of the caller's actors to join a coalition (status PROPOSED). */
export function useProposeCommitment(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['CommitmentInput']) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/commitments', {
          params: { path: { slug } },
          body: input,
        }),
      ),
    onSuccess: refreshAfterWrite(queryClient),
  });
}

export interface MembershipKey {
  slug: string;
  actorSlug: string;
}

/** Withdraws an engagement (the actor's people, or the coalition's coordinators). */
export function useWithdrawCommitment() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ slug, actorSlug }: MembershipKey) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/members/{actorSlug}/withdrawal', {
          params: { path: { slug, actorSlug } },
        }),
      ),
    onSuccess: refreshAfterWrite(queryClient),
  });
}

/** Confirms or declines a proposed engagement, with an optional note kept in the history. */
export function useDecideCommitment() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      slug,
      actorSlug,
      decision,
    }: MembershipKey & { decision: Schemas['CommitmentDecision'] }) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/members/{actorSlug}/decision', {
          params: { path: { slug, actorSlug } },
          body: decision,
        }),
      ),
    onSuccess: refreshAfterWrite(queryClient),
  });
}

/** Proposed engagements the caller may decide, oldest first (`page` from 0). */
export function useCommitmentRequests(page: number, size = 20, enabled = true) {
  const api = useApiClient();
  const auth = useAuth();
  return useQuery({
    queryKey: ['commitments', 'requests', auth.account?.subject ?? null, { page, size }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/me/commitment-requests', {
          params: { query: { page, size } },
          signal,
        }),
      ),
    enabled: enabled && auth.status === 'authenticated',
  });
}

/** Every change of one engagement, who made it and when. */
export function useCommitmentHistory({ slug, actorSlug }: MembershipKey) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['commitments', 'history', slug, actorSlug],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/coalitions/{slug}/members/{actorSlug}/history', {
          params: { path: { slug, actorSlug } },
          signal,
        }),
      ),
  });
}

/** The memberships of each of these actors (the first hundred each, by coalition number). */
export function useMembershipsOf(actors: readonly Schemas['ActorSummary'][]) {
  const api = useApiClient();
  return useQueries({
    queries: actors.map((actor) => ({
      queryKey: ['commitments', 'memberships', actor.slug ?? ''],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          await api.GET('/api/v1/actors/{actorSlug}/memberships', {
            params: { path: { actorSlug: actor.slug ?? '' }, query: { size: 100 } },
            signal,
          }),
        ),
    })),
  });
}

/** A territory manager declines a coalition in their territory with a positioning. */
export function useDeclarePositioning(slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['TerritorialCoalitionInput']) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/territories', {
          params: { path: { slug } },
          body: input,
        }),
      ),
    onSuccess: refreshAfterWrite(queryClient),
  });
}

/** The answer of the actor's people to an invitation: accept (confirmed) or refuse. */
export function useAnswerInvitation() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      slug,
      actorSlug,
      answer,
    }: MembershipKey & { answer: Schemas['InvitationAnswer'] }) =>
      unwrap(
        await api.POST('/api/v1/coalitions/{slug}/members/{actorSlug}/answer', {
          params: { path: { slug, actorSlug } },
          body: answer,
        }),
      ),
    onSuccess: refreshAfterWrite(queryClient),
  });
}
