-- Indexes in the order the lists read their first page, so that a page is an index scan of its
-- rows instead of a sort of the whole table (bench/README.md, "The notes and actors lists").

-- The note list's default order: status = ?, then published_at desc nulls last, id desc
-- (NoteRepository.page). The index of V1 on (status, published_at) cannot give "desc nulls last"
-- (read backwards it gives "desc nulls first"), so PostgreSQL sorted every published note for each
-- page: 15-25 ms on 20,000 notes. This one serves what the old one did (status, and ranges of
-- published_at in either direction), hence it replaces it.
drop index note_published_idx;
create index note_published_idx on note (status, published_at desc nulls last, id desc);

-- The actor list's default order: name, then slug (ActorRepository.page).
create index actor_name_idx on actor (name, slug);
