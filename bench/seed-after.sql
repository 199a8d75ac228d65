-- Run after seed.sql: on a schema from V16 on, computes the search vectors that the triggers
-- would have (seed-before.sql turned them off) and drops the folded columns seed.sql needed.
do $$
declare t text;
begin
    if exists (select 1 from information_schema.columns where table_name = 'coalition' and column_name = 'search_vector') then
        update coalition set search_vector = coalition_search_vector(coalition);
        update actor set search_vector = actor_search_vector(actor);
        update event set search_vector = event_search_vector(event);
        foreach t in array array['coalition', 'note', 'actor', 'event'] loop
            execute format('alter table %I drop column search_title, drop column search_text', t);
        end loop;
    end if;
end
$$;
vacuum analyze;
