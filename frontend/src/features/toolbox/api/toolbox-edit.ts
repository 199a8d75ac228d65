import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const resources = editHooks<Schemas['SharedResourceInput'], Schemas['SharedResource']>({
  key: 'toolbox-resource',
  item: '/api/v1/resources/{slug}',
  collection: '/api/v1/resources',
  param: 'slug',
});

/** A shared resource with its ETag, read afresh for editing. */
export const useResourceForEdit = resources.useForEdit;
/** Shares a resource (no slug) or replaces one, sending `If-Match`. */
export const useSaveResource = resources.useSave;
/** Deletes a shared resource. */
export const useDeleteResource = resources.useDelete;

const initiatives = editHooks<Schemas['LocalInitiativeInput'], Schemas['LocalInitiative']>({
  key: 'toolbox-initiative',
  item: '/api/v1/initiatives/{slug}',
  collection: '/api/v1/initiatives',
  param: 'slug',
});

/** A local initiative with its ETag, read afresh for editing. */
export const useInitiativeForEdit = initiatives.useForEdit;
/** Records a local initiative (no slug) or replaces one, sending `If-Match`. */
export const useSaveInitiative = initiatives.useSave;
/** Deletes a local initiative. */
export const useDeleteInitiative = initiatives.useDelete;
