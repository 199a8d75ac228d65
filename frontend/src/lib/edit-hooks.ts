import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import {
  ifMatch,
  unwrap,
  unwrapTagged,
  useApiClient,
  type FetchResult,
  type Tagged,
} from '@/lib/api-client';
import { EDIT, invalidateAfterWrite } from '@/lib/query-keys';

/** The contract's paths that read, replace and delete one resource (`…/{slug}` or `…/{id}`). */
type ItemPath = {
  [P in keyof paths]: paths[P] extends { get: unknown; put: unknown } ? P : never;
}[keyof paths];
/** The contract's paths that create a resource of a collection. */
type CollectionPath = {
  [P in keyof paths]: paths[P] extends { post: unknown } ? P : never;
}[keyof paths];

export interface EditedResource {
  /** The first element of the resource's query keys, e.g. `'actors'`. */
  key: string;
  /** e.g. `'/api/v1/actors/{slug}'` */
  item: ItemPath;
  /** e.g. `'/api/v1/actors'` */
  collection: CollectionPath;
  /** The name of the item path's parameter. */
  param: 'slug' | 'id';
}

/**
 * The hooks of a form that edits one resource of the contract: read it afresh with its ETag,
 * create it or replace it sending that ETag as `If-Match`, delete it. Every form of the app
 * edits its resource this way; the types of what is read and written are the contract's.
 */
// Input and View are named by the caller (the contract's schemas), not inferred from arguments.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function editHooks<Input, View>({ key, item, collection, param }: EditedResource) {
  // openapi-fetch types each call by its literal path; the paths here are checked against the
  // contract above, and what they answer is the View and Input the caller names.
  type Call = (path: string, init: object) => Promise<FetchResult<View>>;
  const pathOf = (value: string) => ({ path: { [param]: value } });

  /** The resource with its ETag, read afresh for editing (never from the cache). */
  function useForEdit(value: string | undefined) {
    const api = useApiClient();
    return useQuery({
      queryKey: [key, value, EDIT],
      queryFn: async ({ signal }) =>
        unwrapTagged(
          await (api.GET as unknown as Call)(item, { params: pathOf(value ?? ''), signal }),
        ),
      enabled: value !== undefined,
      staleTime: 0,
      gcTime: 0,
    });
  }

  /** Creates the resource (no slug or id) or replaces it, sending `If-Match`. */
  function useSave(value: string | undefined) {
    const api = useApiClient();
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: async ({
        input,
        etag,
      }: {
        input: Input;
        etag: string | undefined;
      }): Promise<Tagged<View>> =>
        unwrapTagged(
          await (value
            ? (api.PUT as unknown as Call)(item, {
                params: { ...pathOf(value), header: ifMatch(etag) },
                body: input,
              })
            : (api.POST as unknown as Call)(collection, { body: input })),
        ),
      // The form's own onSuccess navigates; the edit query (gcTime 0) is read afresh next time.
      onSuccess: () => invalidateAfterWrite(queryClient),
    });
  }

  function useDelete(value: string) {
    const api = useApiClient();
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: async () => {
        const result = await (api.DELETE as unknown as Call)(item, { params: pathOf(value) });
        if (!result.response.ok) unwrap({ ...result, data: undefined });
      },
      onSuccess: () => invalidateAfterWrite(queryClient),
    });
  }

  return { useForEdit, useSave, useDelete };
}
