-- Multilingual content (issue 17). Each text a person reads is written in an original language
-- (the row's lang column, French for everything that exists); content_translation holds its
-- translations, one row per record, field and language, with their author and date. A text with no
-- translation in the language asked for is shown in its original language.
--
-- kind names the table of the record: coalition, axis, event, event_session, note, territory,
-- shared_resource; field names the column (title, summary, intention, vision, name, description,
-- excerpt, body_markdown).
alter table coalition add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table axis add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table event add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table event_session add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table note add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table territory add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));
alter table shared_resource add column lang varchar(2) not null default 'fr' check (lang in ('fr', 'en'));

create table content_translation (
    id bigserial primary key,
    kind varchar(32) not null check (kind in ('coalition', 'axis', 'event', 'event_session', 'note',
                                              'territory', 'shared_resource')),
    record_id bigint not null,
    field varchar(32) not null,
    lang varchar(2) not null check (lang in ('fr', 'en')),
    text text not null,
    translated_by varchar(200) not null,
    translated_at timestamptz not null default now(),
    unique (kind, record_id, lang, field)
);
create index content_translation_lang_idx on content_translation (kind, lang);

-- A record's translations go with it.
create function content_translation_orphans() returns trigger language plpgsql as $$
begin
    delete from content_translation where kind = tg_argv[0] and record_id = old.id;
    return null;
end $$;
create trigger coalition_translations after delete on coalition
    for each row execute function content_translation_orphans('coalition');
create trigger axis_translations after delete on axis
    for each row execute function content_translation_orphans('axis');
create trigger event_translations after delete on event
    for each row execute function content_translation_orphans('event');
create trigger event_session_translations after delete on event_session
    for each row execute function content_translation_orphans('event_session');
create trigger note_translations after delete on note
    for each row execute function content_translation_orphans('note');
create trigger territory_translations after delete on territory
    for each row execute function content_translation_orphans('territory');
create trigger shared_resource_translations after delete on shared_resource
    for each row execute function content_translation_orphans('shared_resource');

-- Search finds a text in either language: the translations join the weighted vectors (same
-- weights as their originals), stemmed with the configuration the queries use.
create function translations_text(k text, rid bigint, fields text[]) returns text
    language sql stable
    as $$ select coalesce(string_agg(t.text, ' '), '') from content_translation t
          where t.kind = k and t.record_id = rid and t.field = any(fields) $$;

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
                  from coalition_experience e where e.coalition_id = c.id))), 'C')
    $$;

create or replace function event_search_vector(e event) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', coalesce(e.title, '') || ' '
               || translations_text('event', e.id, array['title'])), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(e.description, '') || ' '
               || translations_text('event', e.id, array['description'])), 'B')
        || setweight(to_tsvector('fabrique_fr', concat_ws(' ', e.location,
               (select string_agg(concat_ws(' ', s.title, s.description,
                       translations_text('event_session', s.id, array['title', 'description'])), ' ')
                  from event_session s where s.event_id = e.id))), 'C')
    $$;

-- Notes: the vector moves from a generated column to a trigger, to take the translations in.
drop index note_search_idx;
alter table note drop column search_vector;
alter table note add column search_vector tsvector;
create function note_search_vector(n note) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', coalesce(n.title, '') || ' '
               || translations_text('note', n.id, array['title'])), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(n.excerpt, '') || ' '
               || translations_text('note', n.id, array['excerpt'])), 'B')
        || setweight(to_tsvector('fabrique_fr', coalesce(n.body_markdown, '') || ' '
               || translations_text('note', n.id, array['body_markdown'])), 'C')
    $$;
create function note_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := note_search_vector(new);
    return new;
end $$;
create trigger note_search before insert or update on note
    for each row execute function note_search_row();
update note set search_vector = null;
create index note_search_idx on note using gin (search_vector);

-- A translation written or removed recomputes the vector of its record (the BEFORE triggers).
create function content_translation_search() returns trigger language plpgsql as $$
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
    end if;
    return null;
end $$;
create trigger content_translation_search after insert or update or delete on content_translation
    for each row execute function content_translation_search();
