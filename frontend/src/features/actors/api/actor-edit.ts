import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const actors = editHooks<Schemas['ActorInput'], Schemas['Actor']>({
  key: 'actors',
  item: '/api/v1/actors/{slug}',
  collection: '/api/v1/actors',
  param: 'slug',
});

/** An actor with its ETag, read afresh for editing. */
export const useActorForEdit = actors.useForEdit;
/** Creates an actor (no slug) or replaces one, sending `If-Match`. */
export const useSaveActor = actors.useSave;
export const useDeleteActor = actors.useDelete;
