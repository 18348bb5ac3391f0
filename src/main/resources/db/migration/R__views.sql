-- Repeatable migration: Flyway runs it after the versioned ones whenever its text changes, on every
-- database, so this file is the one place the definition lives: change it here. Keep to CREATE OR
-- REPLACE; a change that cannot be a replacement (a view losing or retyping a column, a function
-- changing its arguments or result type) needs a versioned migration that drops the old object first.

-- The current (latest) version of every tree.
create or replace view current_tree as
select t.id as tree_id, t.agency_id, t.period_id, v.id as version_id, v.version
from cascade_tree t
join tree_version v on v.tree_id = t.id and v.version = t.current_version;

-- The API's JSON form of a node and of an indicator, defined once: reading a tree and comparing two
-- versions both use it, so a diff always speaks of the same fields a client reads. json (not jsonb)
-- keeps the field order (RETURNING json is spelled out: with a jsonb argument PostgreSQL would
-- otherwise return jsonb); ABSENT ON NULL (PostgreSQL 16+) leaves unset fields out without a second
-- pass. Targets and indicators are correlated subqueries, one index lookup per row: joined to grouped
-- sets, the planner must guess a new version's size, and on tables not yet analysed (a fresh
-- deployment, any database after a crash restart) it guessed one row and recomputed the whole
-- aggregate for every row (a 2,000-node tree took over a minute to store).
create or replace view node_document as
select n.version_id,
       n.key,
       n.position,
       n.parent_key,
       json_object(
           'key': n.key,
           'parent': n.parent_key,
           'level': n.level,
           'code': n.nomenclature_code,
           'statement': n.statement,
           'owner': json_object('agency': owner.code, 'position': n.owner_position absent on null),
           'supports': case when n.supports_agency_id is not null then
               json_object('agency': sa.code, 'period': sp.code, 'key': n.supports_key) end,
           'inputs': case when n.budget is not null or n.staff_fte is not null or n.facilities is not null then
               json_object('budget': n.budget::json, 'staff': n.staff_fte, 'facilities': n.facilities
                           absent on null returning json) end,
           'tags': n.tags
           absent on null returning json) as doc,
       n.agency_id
from tree_node n
join agency owner on owner.id = n.owner_agency_id
left join agency sa on sa.id = n.supports_agency_id
left join planning_period sp on sp.id = n.supports_period_id;


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
           'targets': (select json_agg(json_object('year': t.year, 'value': case when t.label is null then t.value end,
                                                   'min': t.min_value, 'max': t.max_value, 'label': t.label,
                                                   'quarters': (select json_agg(json_object(
                                                                    'quarter': q.quarter,
                                                                    'value': case when q.label is null then q.value end,
                                                                    'min': q.min_value, 'max': q.max_value, 'label': q.label
                                                                    absent on null) order by q.quarter)
                                                                from indicator_quarter_target q
                                                                where q.version_id = t.version_id
                                                                  and q.indicator_key = t.indicator_key and q.year = t.year
                                                                  and q.agency_id = t.agency_id)
                                                   absent on null) order by t.year)
                       from indicator_target t
                       where t.version_id = i.version_id and t.indicator_key = i.key and t.agency_id = i.agency_id),
           'definition': i.definition,
           'formula': i.formula,
           'dataSource': i.data_source,
           'combine': i.combine,
           'reporting': i.reporting,
           'accumulation': i.accumulation,
           'scale': (select json_agg(json_object('label': s.label, 'score': s.score) order by s.position)
                     from indicator_scale s
                     where s.version_id = i.version_id and s.indicator_key = i.key and s.agency_id = i.agency_id)
           absent on null returning json) as doc,
       i.agency_id
from indicator i;

-- A node's document with its indicators inside, as a tree read returns it.
-- Each view carries agency_id, and each lookup inside pairs it, so that a statement about one agency's
-- version can name the agency and be routed to its shard when the tables are distributed (docs/scaling.md).
create or replace view node_full_document as
select n.version_id,
       n.key,
       n.position,
       n.parent_key,
       left(n.doc::text, -1) || ',"indicators":'
           || coalesce((select json_agg(d.doc order by d.position)
                        from indicator_document d
                        where d.version_id = n.version_id and d.node_key = n.key and d.agency_id = n.agency_id)::text, '[]')
           || '}' as doc,
       n.agency_id
from node_document n;
