import type { QueryClient } from '@tanstack/react-query';

/** Marker in the key of queries that load a resource for editing (with its ETag). */
export const EDIT = 'edit';

/**
 * After a write, everything read may be stale (lists, panorama, search, counts): mark it so,
 * except the edit queries, which the forms update themselves.
 */
export function invalidateAfterWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => !query.queryKey.includes(EDIT),
  });
}
