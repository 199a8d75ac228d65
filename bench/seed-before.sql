-- Run before seed.sql. seed.sql writes the folded search columns (search_title, search_text)
-- that the schema had until migration V16 replaced them by database-kept tsvectors. On a schema
-- from V16 on, this adds them back for the load (seed-after.sql drops them), and turns triggers
-- off for the session (the search-vector and change-notification triggers would run once per
-- child row; seed-after.sql computes the vectors once).
do $$
declare t text;
begin
    if not exists (select 1 from information_schema.columns where table_name = 'coalition' and column_name = 'search_text') then
        foreach t in array array['coalition', 'note', 'actor', 'event'] loop
            execute format('alter table %I add column search_title text, add column search_text text', t);
        end loop;
    end if;
end
$$;
