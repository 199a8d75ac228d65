-- PostgreSQL only (the local H2 run has no pg_trgm): trigram indexes so that search's
-- "folded text LIKE '%term%'" conditions use an index instead of reading every row.
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index if not exists coalition_search_text_trgm on coalition using gin (search_text gin_trgm_ops);
create index if not exists coalition_search_title_trgm on coalition using gin (search_title gin_trgm_ops);
create index if not exists note_search_text_trgm on note using gin (search_text gin_trgm_ops);
create index if not exists actor_search_text_trgm on actor using gin (search_text gin_trgm_ops);
create index if not exists event_search_text_trgm on event using gin (search_text gin_trgm_ops);
