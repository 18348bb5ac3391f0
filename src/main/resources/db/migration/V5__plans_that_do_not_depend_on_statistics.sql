-- Node and indicator documents without joins to grouped subqueries. Joined to a GROUP BY, the planner
-- has to guess how many rows a new version holds, and on tables it has not analysed yet (a fresh
-- deployment; any database after a crash restart) it guessed one and recomputed the whole aggregate
-- for every row: a 2,000-node tree took over a minute to store, past the transaction timeout. A
-- correlated subquery is one index lookup per row, whatever the statistics say.
create or replace view indicator_document as
select i.version_id,
       i.key,
       i.position,
       i.node_key,
       json_object(
           'key': i.key,
           'code': i.code,
           'name': i.name,
           'unit': i.unit,
           'iku': i.iku,
           'polarity': i.polarity,
           'weight': i.weight,
           'baseline': case when i.baseline_year is not null then
               json_object('year': i.baseline_year, 'value': i.baseline_value absent on null) end,
           'targets': (select json_agg(json_object('year': t.year, 'value': t.value, 'min': t.min_value,
                                                   'max': t.max_value absent on null) order by t.year)
                       from indicator_target t
                       where t.version_id = i.version_id and t.indicator_key = i.key),
           'definition': i.definition,
           'formula': i.formula,
           'dataSource': i.data_source,
           'combine': i.combine
           absent on null returning json) as doc
from indicator i;

create or replace view node_full_document as
select n.version_id,
       n.key,
       n.position,
       n.parent_key,
       left(n.doc::text, -1) || ',"indicators":'
           || coalesce((select json_agg(d.doc order by d.position)
                        from indicator_document d
                        where d.version_id = n.version_id and d.node_key = n.key)::text, '[]') || '}' as doc
from node_document n;

-- refresh_scores joins one version's rows to aggregates of the same rows. The planner prices a version
-- at 0.5% of its table (the version columns keep no per-value statistics, see V3), which is right for a
-- national database and wrong for a young one, where one large tree is most of the table: it then chose
-- nested loops that recompute an aggregate per row, and a 2,000-node tree's first rescoring ran past a
-- minute. Inside the function, joins are hash or merge joins (a nested loop only where nothing else can
-- join, as for the lateral calls); the setting ends with the function.
alter function refresh_scores(bigint, integer, numeric) set enable_nestloop = off;
