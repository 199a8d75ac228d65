-- Search on PostgreSQL full-text search (replaces the in-memory index and the folded
-- search_title / search_text columns that Java computed).
--
-- Every searchable table gets search_vector, a weighted tsvector kept by the database: A for
-- titles and names, B for summaries and descriptions, C for the rest of the text. Where all of
-- it lives in the row, it is a generated column; where part of it lives in child tables (a
-- coalition's keywords, problems and experiences, an actor's expertise, an event's sessions), a
-- trigger on the row computes it and triggers on the child tables recompute it. GIN indexes
-- answer the matches, prefix queries included ('ethiq':* finds "éthiques").
--
-- fabrique_fr is French with accents removed before stemming; fabrique_en the same for English.
-- pg_trgm serves what full-text search cannot: titles close to a misspelt word.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create text search configuration fabrique_fr (copy = french);
alter text search configuration fabrique_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration fabrique_en (copy = english);
alter text search configuration fabrique_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;

-- Lower case without accents, immutable so that an index can use it ("Éthique" -> "ethique").
create function fabrique_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The lists' q filter: true when the vector holds every term of the query (a to_tsquery text,
-- built by the application). Inlined by the planner, so the GIN index serves it.
create function fabrique_matches(tsvector, text) returns boolean
    language sql stable parallel safe
    as $$ select $1 @@ to_tsquery('fabrique_fr', $2) $$;

-- The folded columns and their trigram indexes (V4) are no longer used.
alter table coalition drop column search_title, drop column search_text;
alter table note drop column search_title, drop column search_text;
alter table actor drop column search_title, drop column search_text;
alter table event drop column search_title, drop column search_text;

-- Rows whose whole text is their own: generated columns ----------------------------------------
alter table note add column search_vector tsvector generated always as (
    setweight(to_tsvector('fabrique_fr', coalesce(title, '')), 'A')
    || setweight(to_tsvector('fabrique_fr', coalesce(excerpt, '')), 'B')
    || setweight(to_tsvector('fabrique_fr', coalesce(body_markdown, '')), 'C')) stored;

alter table person add column search_vector tsvector generated always as (
    setweight(to_tsvector('fabrique_fr', coalesce(full_name, '')), 'A')
    || setweight(to_tsvector('fabrique_fr', coalesce(role_title, '')), 'B')
    || setweight(to_tsvector('fabrique_fr', coalesce(bio, '')), 'C')) stored;

alter table territory add column search_vector tsvector generated always as (
    setweight(to_tsvector('fabrique_fr', coalesce(name, '') || ' ' || coalesce(code, '')), 'A')
    || setweight(to_tsvector('fabrique_fr', coalesce(description, '')), 'B')) stored;

alter table testimony add column search_vector tsvector generated always as (
    setweight(to_tsvector('fabrique_fr', coalesce(summary, '')), 'B')) stored;

alter table shared_resource add column search_vector tsvector generated always as (
    setweight(to_tsvector('fabrique_fr', coalesce(title, '')), 'A')
    || setweight(to_tsvector('fabrique_fr', coalesce(description, '')), 'B')
    || setweight(to_tsvector('fabrique_fr', coalesce(licence, '')), 'C')) stored;

alter table local_initiative add column search_vector tsvector generated always as (
    setweight(to_tsvector('fabrique_fr', coalesce(title, '')), 'A')
    || setweight(to_tsvector('fabrique_fr', coalesce(description, '')), 'B')) stored;

-- Rows whose text is partly in child tables: triggers ------------------------------------------
alter table coalition add column search_vector tsvector;
alter table actor add column search_vector tsvector;
alter table event add column search_vector tsvector;

create function coalition_search_vector(c coalition) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', '#' || c.number || ' ' || coalesce(c.title, '')), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(c.summary, '')), 'B')
        || setweight(to_tsvector('fabrique_fr', concat_ws(' ', c.intention, c.vision,
               (select string_agg(k.keyword, ' ') from coalition_keyword k where k.coalition_id = c.id),
               (select string_agg(concat_ws(' ', p.title, p.description), ' ')
                  from coalition_problem p where p.coalition_id = c.id),
               (select string_agg(concat_ws(' ', e.title, e.description), ' ')
                  from coalition_experience e where e.coalition_id = c.id))), 'C')
    $$;

create function actor_search_vector(a actor) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', coalesce(a.name, '')), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(a.description, '')), 'B')
        || setweight(to_tsvector('fabrique_fr', coalesce(
               (select string_agg(x.keyword, ' ') from actor_expertise x where x.actor_id = a.id), '')), 'C')
    $$;

create function event_search_vector(e event) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector('fabrique_fr', coalesce(e.title, '')), 'A')
        || setweight(to_tsvector('fabrique_fr', coalesce(e.description, '')), 'B')
        || setweight(to_tsvector('fabrique_fr', concat_ws(' ', e.location,
               (select string_agg(concat_ws(' ', s.title, s.description), ' ')
                  from event_session s where s.event_id = e.id))), 'C')
    $$;

-- BEFORE triggers on the rows themselves.
create function coalition_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := coalition_search_vector(new);
    return new;
end $$;
create function actor_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := actor_search_vector(new);
    return new;
end $$;
create function event_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := event_search_vector(new);
    return new;
end $$;
create trigger coalition_search before insert or update on coalition
    for each row execute function coalition_search_row();
create trigger actor_search before insert or update on actor
    for each row execute function actor_search_row();
create trigger event_search before insert or update on event
    for each row execute function event_search_row();

-- AFTER triggers on the children: touching the parent's vector runs its BEFORE trigger again.
create function coalition_child_search() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        update coalition set search_vector = null where id = new.coalition_id;
    end if;
    if tg_op = 'DELETE' or old.coalition_id is distinct from new.coalition_id then
        update coalition set search_vector = null where id = old.coalition_id;
    end if;
    return null;
end $$;
create function actor_child_search() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        update actor set search_vector = null where id = new.actor_id;
    end if;
    if tg_op = 'DELETE' or old.actor_id is distinct from new.actor_id then
        update actor set search_vector = null where id = old.actor_id;
    end if;
    return null;
end $$;
create function event_child_search() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        update event set search_vector = null where id = new.event_id;
    end if;
    if tg_op = 'DELETE' or old.event_id is distinct from new.event_id then
        update event set search_vector = null where id = old.event_id;
    end if;
    return null;
end $$;
create trigger coalition_keyword_search after insert or update or delete on coalition_keyword
    for each row execute function coalition_child_search();
create trigger coalition_problem_search after insert or update or delete on coalition_problem
    for each row execute function coalition_child_search();
create trigger coalition_experience_search after insert or update or delete on coalition_experience
    for each row execute function coalition_child_search();
create trigger actor_expertise_search after insert or update or delete on actor_expertise
    for each row execute function actor_child_search();
create trigger event_session_search after insert or update or delete on event_session
    for each row execute function event_child_search();

-- Existing rows.
update coalition set search_vector = null;
update actor set search_vector = null;
update event set search_vector = null;

-- Indexes: full text on every searchable table, trigrams on the folded titles and names.
create index coalition_search_idx on coalition using gin (search_vector);
create index note_search_idx on note using gin (search_vector);
create index actor_search_idx on actor using gin (search_vector);
create index person_search_idx on person using gin (search_vector);
create index event_search_idx on event using gin (search_vector);
create index testimony_search_idx on testimony using gin (search_vector);
create index territory_search_idx on territory using gin (search_vector);
create index shared_resource_search_idx on shared_resource using gin (search_vector);
create index local_initiative_search_idx on local_initiative using gin (search_vector);

create index coalition_title_trgm on coalition using gin (fabrique_fold(title) gin_trgm_ops);
create index note_title_trgm on note using gin (fabrique_fold(title) gin_trgm_ops);
create index actor_name_trgm on actor using gin (fabrique_fold(name) gin_trgm_ops);
create index person_name_trgm on person using gin (fabrique_fold(full_name) gin_trgm_ops);
create index event_title_trgm on event using gin (fabrique_fold(title) gin_trgm_ops);
create index territory_name_trgm on territory using gin (fabrique_fold(name) gin_trgm_ops);
create index shared_resource_title_trgm on shared_resource using gin (fabrique_fold(title) gin_trgm_ops);
create index local_initiative_title_trgm on local_initiative using gin (fabrique_fold(title) gin_trgm_ops);
