-- EXPLAIN ANALYZE of the SQL that GET /api/v1/panorama and GET /api/v1/search run, as Hibernate
-- logs it (-Dquarkus.hibernate-orm.log.sql=true), and of the rewrites README.md suggests, on the
-- loaded fabrique_bench database:
--   psql -h 127.0.0.1 -U postgres -d fabrique_bench -f bench/explain.sql > bench/results/explain.txt
-- Since c39c7a3 GET /api/v1/search runs none of the search queries below (it answers from an
-- in-memory index); they stay as the record of the SQL search it replaced, and the lists' q
-- filter still runs the same LIKE conditions.
-- Search: the folded term 'ethique' (q=éthique); every feature runs a count and a page of hits.
\pset pager off
\timing off
set max_parallel_workers_per_gather = 0;  -- as the backend's short queries mostly run

\echo '=== panorama 1/4: keyword cloud of every axis (CoalitionStatsRepository.keywordWeightsByAxis)'
explain (analyze, buffers, costs off)
select ca.axis_id, ck.keyword, count(*) as weight
from coalition_axis ca join coalition_keyword ck on ck.coalition_id = ca.coalition_id
where ca.axis_id in (1, 2, 3, 4, 5)
group by ca.axis_id, ck.keyword
order by ca.axis_id, weight desc, ck.keyword;

\echo '=== panorama 2/4: coalitions per axis'
explain (analyze, buffers, costs off)
select axis_id, count(*) from coalition_axis where axis_id in (1, 2, 3, 4, 5) group by axis_id;

\echo '=== panorama 3/4: first coalitions of each axis (window query)'
explain (analyze, buffers, costs off)
select axis_id, coalition_id from (
    select ca.axis_id, ca.coalition_id, row_number() over (partition by ca.axis_id order by c.number) as rn
    from coalition_axis ca join coalition c on c.id = ca.coalition_id
    where ca.axis_id in (1, 2, 3, 4, 5)) ranked
where rn <= 6
order by axis_id, rn;

\echo '=== panorama 3/4 rewritten (suggestion): LATERAL per axis along the unique index on number'
explain (analyze, buffers, costs off)
select a.id, x.id from axis a cross join lateral (
    select c.id from coalition c
    where exists (select 1 from coalition_axis ca where ca.coalition_id = c.id and ca.axis_id = a.id)
    order by c.number limit 12) x
where a.id in (1, 2, 3, 4, 5);

\echo '=== panorama 4/4: totals'
explain (analyze, buffers, costs off) select count(*) from coalition;
explain (analyze, buffers, costs off) select count(*) from note where status = 'PUBLISHED';

\echo '=== panorama, cached path (since 7d6e3b5): the change stamp, read at every request'
explain (analyze, buffers, costs off) select count(*), max(updated_at) from axis;
explain (analyze, buffers, costs off) select count(*), max(updated_at) from coalition;
explain (analyze, buffers, costs off) select count(*), max(updated_at) from membership;

\echo '=== search: coalitions (count, then hits)'
explain (analyze, buffers, costs off)
select count(id) from coalition where search_text like '%ethique%' escape '\';
explain (analyze, buffers, costs off)
select id, number, slug, title, summary, search_title from coalition where search_text like '%ethique%' escape '\'
order by case when (search_title like '%ethique%' escape '\') then 0 else 1 end, number
offset 0 rows fetch first 20 rows only;

\echo '=== search: notes (hits, then count)'
explain (analyze, buffers, costs off)
select * from note where status = 'PUBLISHED' and search_text like '%ethique%' escape '\'
order by case when search_title like '%ethique%' escape '\' then 0 else 1 end, published_at desc nulls last, id desc
fetch first 20 rows only;
explain (analyze, buffers, costs off)
select count(id) from note where status = 'PUBLISHED' and search_text like '%ethique%' escape '\';

\echo '=== search: actors and events (count; the hits queries scan the same rows)'
explain (analyze, buffers, costs off)
select count(id) from actor where search_text like '%ethique%' escape '\';
explain (analyze, buffers, costs off)
select count(id) from event where search_text like '%ethique%' escape '\';

\echo '=== search: two common terms (q=communs numériques): the trigram index narrows little'
explain (analyze, buffers, costs off)
select count(id) from note where status = 'PUBLISHED'
and search_text like '%communs%' escape '\' and search_text like '%numeriques%' escape '\';

\echo '=== search: capped count (suggestion), q=sobriété'
explain (analyze, buffers, costs off)
select count(*) from (select 1 from note where status = 'PUBLISHED' and search_text like '%sobriete%' escape '\' limit 1001) x;
explain (analyze, buffers, costs off)
select count(id) from note where status = 'PUBLISHED' and search_text like '%sobriete%' escape '\';

\echo '=== search: a term that matches nothing (reads every note without a trigram index)'
explain (analyze, buffers, costs off)
select count(id) from note where status = 'PUBLISHED' and search_text like '%xylophone%' escape '\';
