import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const people = editHooks<Schemas['PersonInput'], Schemas['Person']>({
  key: 'people',
  item: '/api/v1/people/{slug}',
  collection: '/api/v1/people',
  param: 'slug',
});

/** A person with their ETag, read afresh for editing. */
export const usePersonForEdit = people.useForEdit;
/** Creates a person (no slug) or replaces one, sending `If-Match`. */
export const useSavePerson = people.useSave;
/** Deletes a person (administrators, editors, the accounts of their actor). */
export const useDeletePerson = people.useDelete;
