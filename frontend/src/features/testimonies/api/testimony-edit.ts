import { useQuery } from '@tanstack/react-query';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const testimonies = editHooks<Schemas['TestimonyInput'], Schemas['Testimony']>({
  key: 'testimonies',
  item: '/api/v1/testimonies/{id}',
  collection: '/api/v1/testimonies',
  param: 'id',
});

/** A testimony with its ETag, read afresh for editing. */
export const useTestimonyForEdit = testimonies.useForEdit;
/** Records a testimony (no id) or replaces one, sending `If-Match`. */
export const useSaveTestimony = testimonies.useSave;
/** Deletes a testimony (administrators, editors, the accounts of its actor, its coordinators). */
export const useDeleteTestimony = testimonies.useDelete;

/**
 * The person a new testimony starts with (`/testimonies/new?person=`, from their page): read to
 * name them, and their actor, in the pickers. Nothing is asked without a slug; a person that
 * cannot be read leaves the slugs as they are.
 */
export function useStartPerson(slug: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['testimonies', 'start-person', slug],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/people/{slug}', { params: { path: { slug: slug ?? '' } }, signal }),
      ),
    enabled: slug !== undefined && slug !== '',
    retry: false,
  });
}
