import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';

export type FollowTarget = Schemas['FollowTarget'];

const followKey = (type: FollowTarget, slug: string) => ['me', 'follows', type, slug] as const;

/** Whether the signed-in person follows a target (false for anonymous readers, without a call). */
export function useFollowing(type: FollowTarget, slug: string) {
  const api = useApiClient();
  const auth = useAuth();
  return useQuery({
    queryKey: followKey(type, slug),
    enabled: auth.status === 'authenticated' && slug !== '',
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/me/follows/{type}/{slug}', {
          params: { path: { type, slug } },
        }),
      ).following ?? false,
  });
}

/** Follows or stops following; the button shows the new state once the API said so. */
export function useToggleFollow(type: FollowTarget, slug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (follow: boolean) => {
      const params = { params: { path: { type, slug } } };
      const answer = follow
        ? await api.PUT('/api/v1/me/follows/{type}/{slug}', params)
        : await api.DELETE('/api/v1/me/follows/{type}/{slug}', params);
      if (!answer.response.ok) throw new ApiError(answer.response.status);
      return follow;
    },
    onSuccess: (follow) => {
      queryClient.setQueryData(followKey(type, slug), follow);
      void queryClient.invalidateQueries({ queryKey: ['me', 'follows', 'all'] });
    },
  });
}

export function useMyFollows() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['me', 'follows', 'all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/follows')),
  });
}

export function useProfile() {
  const api = useApiClient();
  return useQuery({
    queryKey: ['me', 'profile'],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/profile')),
  });
}

export function useUpdateProfile() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['ProfileInput']) =>
      unwrap(await api.PUT('/api/v1/me/profile', { body: input })),
    onSuccess: (profile) => {
      queryClient.setQueryData(['me', 'profile'], profile);
    },
  });
}

/** The unread count for the header; refreshed every minute while the app is open. */
export function useUnreadNotifications() {
  const api = useApiClient();
  const auth = useAuth();
  return useQuery({
    queryKey: ['me', 'notifications', 'unread'],
    enabled: auth.status === 'authenticated',
    refetchInterval: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notifications/unread')),
  });
}

export function useNotifications(page: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['me', 'notifications', 'page', page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/notifications', { params: { query: { page } } })),
  });
}

/** Marks the given notifications read, or all of them. */
export function useMarkRead() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids?: number[]) => {
      const answer = await api.POST('/api/v1/me/notifications/read', { body: { ids: ids ?? [] } });
      if (!answer.response.ok) throw new ApiError(answer.response.status);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me', 'notifications'] });
    },
  });
}
