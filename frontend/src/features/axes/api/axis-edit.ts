import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const axes = editHooks<Schemas['AxisInput'], Schemas['Axis']>({
  key: 'axes',
  item: '/api/v1/axes/{slug}',
  collection: '/api/v1/axes',
  param: 'slug',
});

/** An axis with its ETag, read afresh for editing. */
export const useAxisForEdit = axes.useForEdit;
/** Creates an axis (no slug) or replaces one, sending `If-Match`. */
export const useSaveAxis = axes.useSave;
export const useDeleteAxis = axes.useDelete;
