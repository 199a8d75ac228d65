import type { Schemas } from '@/lib/api-client';
import { editHooks } from '@/lib/edit-hooks';

const notes = editHooks<Schemas['NoteInput'], Schemas['Note']>({
  key: 'notes',
  item: '/api/v1/notes/{slug}',
  collection: '/api/v1/notes',
  param: 'slug',
});

/** A note (drafts included, for editors) with its ETag. */
export const useNoteForEdit = notes.useForEdit;
/** Creates a note (no slug) or replaces one, sending `If-Match`. */
export const useSaveNote = notes.useSave;
