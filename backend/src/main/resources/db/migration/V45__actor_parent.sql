-- Issue 12: an actor may be a sub-unit of another (a local authority's directorates).
-- Deleting a parent keeps its sub-units, as top-level actors.
alter table actor add column parent_id bigint references actor (id) on delete set null;
alter table actor add constraint actor_parent_not_self check (parent_id is null or parent_id <> id);
create index actor_parent_idx on actor (parent_id);
