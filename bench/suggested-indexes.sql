-- Suggested change to try on the benchmark database (not part of the backend's migrations):
-- trigram GIN indexes so that the search's LIKE '%term%' conditions on the folded search_text
-- columns use an index instead of reading (and decompressing) every row.
--   BENCH_EXTRA_SQL=suggested-indexes.sql ./run.sh     (applied after seed.sql)
-- In the backend this would be a PostgreSQL-only Flyway migration (H2, used by the local run,
-- has no pg_trgm), e.g. a location with {vendor} in quarkus.flyway.locations.
create extension if not exists pg_trgm;
create index if not exists note_search_text_trgm on note using gin (search_text gin_trgm_ops);
create index if not exists coalition_search_text_trgm on coalition using gin (search_text gin_trgm_ops);
create index if not exists actor_search_text_trgm on actor using gin (search_text gin_trgm_ops);
create index if not exists event_search_text_trgm on event using gin (search_text gin_trgm_ops);
analyze note, coalition, actor, event;
