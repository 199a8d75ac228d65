-- The in-memory search index asks each searchable table for max(updated_at) on every search, and
-- for (id, updated_at) of the rows updated since its last read: (updated_at, id) answers both from
-- the index alone. Coalitions had (updated_at) since V5; the wider index replaces it (the
-- panorama's count(*), max(updated_at) uses it just as well).
drop index coalition_updated_at_idx;
create index coalition_updated_at_id_idx on coalition (updated_at, id);
create index note_updated_at_id_idx on note (updated_at, id);
create index actor_updated_at_id_idx on actor (updated_at, id);
create index event_updated_at_id_idx on event (updated_at, id);
