-- Change log of the public resources, written by the database in the transaction of each change
-- (row triggers), so that nothing is missed whatever code path writes the row. It feeds the
-- partners' changes feed (deletions included) and the webhook outbox.
--
-- Order and cursor: rows are read in (tx, id) order and only for transactions older than every
-- transaction still running (tx < pg_snapshot_xmin(pg_current_snapshot())). All the rows of one
-- transaction carry the same tx, and no row can later appear below that bound, so a cursor
-- (tx, id) never skips a change committed after it was handed out.
create table change_log (
    id bigint generated always as identity primary key,
    tx xid8 not null default pg_current_xact_id(),
    entity varchar(40) not null,
    entity_id bigint not null,
    slug varchar(120),
    action varchar(10) not null check (action in ('created', 'updated', 'deleted')),
    changed_at timestamp with time zone not null default clock_timestamp()
);
create index change_log_tx_id_idx on change_log (tx, id);
create index change_log_entity_idx on change_log (entity, entity_id);

create function fabrique_log_change() returns trigger
    language plpgsql
    as $$
declare
    item jsonb;
begin
    if tg_op = 'DELETE' then
        item := to_jsonb(old);
    else
        item := to_jsonb(new);
    end if;
    insert into change_log (entity, entity_id, slug, action)
    values (tg_argv[0], (item ->> 'id')::bigint, item ->> 'slug',
            case tg_op when 'INSERT' then 'created' when 'UPDATE' then 'updated' else 'deleted' end);
    return null;
end $$;

create trigger axis_change_log after insert or update or delete on axis
    for each row execute function fabrique_log_change('axis');
create trigger territory_change_log after insert or update or delete on territory
    for each row execute function fabrique_log_change('territory');
create trigger actor_change_log after insert or update or delete on actor
    for each row execute function fabrique_log_change('actor');
create trigger person_change_log after insert or update or delete on person
    for each row execute function fabrique_log_change('person');
create trigger coalition_change_log after insert or update or delete on coalition
    for each row execute function fabrique_log_change('coalition');
create trigger shared_resource_change_log after insert or update or delete on shared_resource
    for each row execute function fabrique_log_change('resource');
create trigger local_initiative_change_log after insert or update or delete on local_initiative
    for each row execute function fabrique_log_change('initiative');
create trigger event_change_log after insert or update or delete on event
    for each row execute function fabrique_log_change('event');
create trigger note_change_log after insert or update or delete on note
    for each row execute function fabrique_log_change('note');
create trigger testimony_change_log after insert or update or delete on testimony
    for each row execute function fabrique_log_change('testimony');
create trigger membership_change_log after insert or update or delete on membership
    for each row execute function fabrique_log_change('membership');
create trigger territorial_coalition_change_log after insert or update or delete on territorial_coalition
    for each row execute function fabrique_log_change('territorial-coalition');
