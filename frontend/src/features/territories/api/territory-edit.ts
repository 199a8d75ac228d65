import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const territories = editHooks<Schemas['TerritoryInput'], Schemas['Territory']>({
  key: 'territories',
  item: '/api/v1/territories/{slug}',
  collection: '/api/v1/territories',
  param: 'slug',
});

/** A territory with its ETag, read afresh for editing. */
export const useTerritoryForEdit = territories.useForEdit;
/** Creates a territory (no slug, administrators) or replaces one, sending `If-Match`. */
export const useSaveTerritory = territories.useSave;
/** Deletes a territory that has none below it (administrators). */
export const useDeleteTerritory = territories.useDelete;
