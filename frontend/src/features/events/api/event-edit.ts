import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const events = editHooks<Schemas['EventInput'], Schemas['Event']>({
  key: 'events',
  item: '/api/v1/events/{slug}',
  collection: '/api/v1/events',
  param: 'slug',
});

/** An event with its agenda and ETag, read afresh for editing. */
export const useEventForEdit = events.useForEdit;
/** Creates an event (no slug) or replaces one with its whole agenda, sending `If-Match`. */
export const useSaveEvent = events.useSave;
