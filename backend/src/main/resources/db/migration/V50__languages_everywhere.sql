-- Both languages all the way (issue 17, second part).
--
-- 1. Every record whose texts people read says which language they are written in: actors,
--    people, testimonies and local initiatives join the records of V38 (their texts are shown
--    in their original language and marked with it; they have no translations).
alter table actor add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table person add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table testimony add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table local_initiative add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));

-- 2. A coalition's canvas is translated with the coalition: its problems, experiences and desired
--    impacts are fields of the coalition's translation named after the part, e.g.
--    "problem.12.title", "experience.4.description", "impact.7.indicator".
alter table content_translation alter column field type varchar(64);

create function canvas_translation_orphans() returns trigger language plpgsql as $$
begin
    delete from content_translation
     where kind = 'coalition' and record_id = old.coalition_id
       and field like tg_argv[0] || '.' || old.id || '.%';
    return null;
end $$;
create trigger coalition_problem_translations after delete on coalition_problem
    for each row execute function canvas_translation_orphans('problem');
create trigger coalition_experience_translations after delete on coalition_experience
    for each row execute function canvas_translation_orphans('experience');
create trigger desired_impact_translations after delete on desired_impact
    for each row execute function canvas_translation_orphans('impact');

-- The canvas' translations join the coalition's vector with the canvas' originals (weight C).
create or replace function coalition_search_vector(c coalition) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', '#' || c.number || ' ' || coalesce(c.title, '') || ' '
               || translations_text('coalition', c.id, array['title'])), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(c.summary, '') || ' '
               || translations_text('coalition', c.id, array['summary'])), 'B')
        || setweight(to_tsvector('fabrique_fr', concat_ws(' ', c.intention, c.vision,
               translations_text('coalition', c.id, array['intention', 'vision']),
               (select string_agg(k.keyword, ' ') from coalition_keyword k where k.coalition_id = c.id),
               (select string_agg(concat_ws(' ', p.title, p.description), ' ')
                  from coalition_problem p where p.coalition_id = c.id),
               (select string_agg(concat_ws(' ', e.title, e.description), ' ')
                  from coalition_experience e where e.coalition_id = c.id),
               (select string_agg(t.text, ' ') from content_translation t
                 where t.kind = 'coalition' and t.record_id = c.id
                   and (t.field like 'problem.%' or t.field like 'experience.%')))), 'C')
    $$;
update coalition set search_vector = null;

-- 3. Territories and shared resources are read in translation: their vectors move from generated
--    columns to triggers (as notes did in V38) to take their translations in.
drop index if exists territory_search_idx;
alter table territory drop column search_vector;
alter table territory add column search_vector tsvector;
create function territory_search_vector(r territory) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', coalesce(r.name, '') || ' ' || coalesce(r.code, '') || ' '
               || translations_text('territory', r.id, array['name'])), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(r.description, '') || ' '
               || translations_text('territory', r.id, array['description'])), 'B')
    $$;
create function territory_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := territory_search_vector(new);
    return new;
end $$;
create trigger territory_search before insert or update on territory
    for each row execute function territory_search_row();
update territory set search_vector = null;
create index territory_search_idx on territory using gin (search_vector);

drop index if exists shared_resource_search_idx;
alter table shared_resource drop column search_vector;
alter table shared_resource add column search_vector tsvector;
create function shared_resource_search_vector(r shared_resource) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', coalesce(r.title, '') || ' '
               || translations_text('shared_resource', r.id, array['title'])), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(r.description, '') || ' '
               || translations_text('shared_resource', r.id, array['description'])), 'B')
        || setweight(to_tsvector('fabrique_fr', coalesce(r.licence, '')), 'C')
    $$;
create function shared_resource_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := shared_resource_search_vector(new);
    return new;
end $$;
create trigger shared_resource_search before insert or update on shared_resource
    for each row execute function shared_resource_search_row();
update shared_resource set search_vector = null;
create index shared_resource_search_idx on shared_resource using gin (search_vector);

-- A translation written or removed recomputes the vector of its record.
create or replace function content_translation_search() returns trigger language plpgsql as $$
declare
    r content_translation;
begin
    r := case when tg_op = 'DELETE' then old else new end;
    if r.kind = 'coalition' then
        update coalition set search_vector = null where id = r.record_id;
    elsif r.kind = 'event' then
        update event set search_vector = null where id = r.record_id;
    elsif r.kind = 'event_session' then
        update event set search_vector = null
         where id = (select s.event_id from event_session s where s.id = r.record_id);
    elsif r.kind = 'note' then
        update note set search_vector = null where id = r.record_id;
    elsif r.kind = 'territory' then
        update territory set search_vector = null where id = r.record_id;
    elsif r.kind = 'shared_resource' then
        update shared_resource set search_vector = null where id = r.record_id;
    end if;
    return null;
end $$;
