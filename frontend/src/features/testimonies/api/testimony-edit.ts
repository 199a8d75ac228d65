import type { Schemas } from '@/lib/api-client';
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
