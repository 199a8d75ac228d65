-- The public view of the change log, for the partners' changes feed (GET /api/v1/changes).
--
-- Three columns, added beside those of V19 (which other readers use unchanged):
--   public_action  the action as an anonymous reader sees it, or null when the change is invisible
--                  to the public. Equal to action for every entity but notes: a note is public only
--                  while PUBLISHED, so publishing a draft is 'created', unpublishing (or deleting) a
--                  published note is 'deleted', and any change of a note that was not published
--                  before nor after is null (a draft never shows, not even its slug, which is made
--                  from its title).
--   public_slug    the slug the public knew: for a note that leaves the public view, its slug
--                  before the change; otherwise the slug of the row (null when public_action is).
--   previous_slug  for an update that renamed the resource (as the public saw it), its slug before,
--                  so that a mirror keyed by slug drops the old entry.
--   coalition_id   for memberships and territorial coalitions, the coalition they belong to (their
--                  public view is part of the coalition's), so that a reader can name it after the
--                  row is gone.
-- A purge watermark (change_log_purge) records the last position removed by the retention purge,
-- so that a cursor older than it is answered 410 Gone rather than silently skipping changes.
alter table change_log
    add column public_action varchar(10) check (public_action in ('created', 'updated', 'deleted')),
    add column public_slug varchar(120),
    add column previous_slug varchar(120),
    add column coalition_id bigint;

update change_log set public_action = action, public_slug = slug where entity <> 'note';
-- Rows logged before this migration: a note's past status is unknown, so only notes published now
-- show (as updated, under their current slug); deletions of notes logged before are not shown.
update change_log c set public_action = 'updated', public_slug = n.slug
    from note n
    where c.entity = 'note' and c.action <> 'deleted' and n.id = c.entity_id and n.status = 'PUBLISHED';
update change_log c set coalition_id = m.coalition_id
    from membership m where c.entity = 'membership' and m.id = c.entity_id;
update change_log c set coalition_id = t.coalition_id
    from territorial_coalition t where c.entity = 'territorial-coalition' and t.id = c.entity_id;

-- The feed reads only the visible rows, in (tx, id) order.
create index change_log_public_tx_id_idx on change_log (tx, id) where public_action is not null;
-- The purge finds the rows older than the retention.
create index change_log_changed_at_idx on change_log (changed_at);

create table change_log_purge (
    id smallint primary key check (id = 1),
    last_tx xid8 not null,
    last_id bigint not null,
    purged_at timestamp with time zone not null
);

create or replace function fabrique_log_change() returns trigger
    language plpgsql
    as $$
declare
    item jsonb;
    before_public boolean;
    after_public boolean;
    logged_action varchar(10);
    shown_action varchar(10);
    shown_slug varchar(120);
    old_slug varchar(120);
begin
    if tg_op = 'DELETE' then
        item := to_jsonb(old);
    else
        item := to_jsonb(new);
    end if;
    logged_action := case tg_op when 'INSERT' then 'created' when 'UPDATE' then 'updated' else 'deleted' end;
    shown_action := logged_action;
    shown_slug := item ->> 'slug';
    if tg_op = 'UPDATE' and (to_jsonb(old) ->> 'slug') is distinct from shown_slug then
        old_slug := to_jsonb(old) ->> 'slug';
    end if;
    if tg_argv[0] = 'note' then
        before_public := tg_op <> 'INSERT' and (to_jsonb(old) ->> 'status') = 'PUBLISHED';
        after_public := tg_op <> 'DELETE' and (to_jsonb(new) ->> 'status') = 'PUBLISHED';
        if after_public then
            shown_action := case when before_public then 'updated' else 'created' end;
            if not before_public then
                old_slug := null;
            end if;
        elsif before_public then
            shown_action := 'deleted';
            shown_slug := to_jsonb(old) ->> 'slug';
            old_slug := null;
        else
            shown_action := null;
            shown_slug := null;
            old_slug := null;
        end if;
    end if;
    insert into change_log (entity, entity_id, slug, action, public_action, public_slug, previous_slug,
                            coalition_id)
    values (tg_argv[0], (item ->> 'id')::bigint, item ->> 'slug', logged_action, shown_action, shown_slug, old_slug,
            case when tg_argv[0] in ('membership', 'territorial-coalition')
                 then (item ->> 'coalition_id')::bigint end);
    return null;
end $$;
