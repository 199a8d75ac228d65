-- The history tables (V39, Envers) follow the columns added to their entities since: the language
-- of the texts (V38, V50), an event's approximate attendance and partners (V51), an actor's parent
-- (V45).
alter table actor_aud add column lang varchar(2), add column parent_id bigint;
alter table person_aud add column lang varchar(2);
alter table testimony_aud add column lang varchar(2);
alter table local_initiative_aud add column lang varchar(2);
alter table territory_aud add column lang varchar(2);
alter table shared_resource_aud add column lang varchar(2);
alter table event_aud add column participants_approximate boolean, add column organised_with_partners boolean;
