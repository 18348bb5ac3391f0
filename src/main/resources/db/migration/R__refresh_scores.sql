-- Repeatable migration: Flyway runs it after the versioned ones whenever its text changes, on every
-- database, so this file is the one place the definition lives: change it here. Keep to CREATE OR
-- REPLACE; a change that cannot be a replacement (a view losing or retyping a column, a function
-- changing its arguments or result type) needs a versioned migration that drops the old object first.

-- The locks on what is derived from a tree's data, held to the end of the transaction. Not the tree's row:
-- writers hold that for the whole of a write and rescorings run after their commit (ScoreStore), so the two
-- must not wait for each other through it. lock_tree_scores: one rescoring of a tree at a time (the tree's id
-- as advisory key). lock_tree_figures: the rows writers also derive themselves (a realisation's figures to
-- date and standings, a budget's roll-up), which only a whole version's rescoring rederives (the negated id:
-- no other advisory lock is taken in this database). Taken in that order; a writer takes only the second,
-- after the tree's row, so realisations need not wait for a year's rescoring in progress.
create or replace function lock_tree_scores(p_tree bigint) returns void
    language sql as
$$
select pg_advisory_xact_lock(p_tree);
$$;

-- The same, unless another transaction holds it: then false at once (the worker leaves that tree to it).
create or replace function try_lock_tree_scores(p_tree bigint) returns boolean
    language sql as
$$
select pg_try_advisory_xact_lock(p_tree);
$$;

create or replace function lock_tree_figures(p_tree bigint) returns void
    language sql as
$$
select pg_advisory_xact_lock(-p_tree);
$$;

-- (Re)computes the scores of one version of a tree (and the other facts kept with them: coded-indicator
-- figures, code carriers, outcome codes, statement signatures, version-only integrity findings; tables in
-- V3) for one year, or for every year of its period when p_year is null, and drops the scores of the
-- tree's other versions. The year's realisation is the figure to date at quarter 4 (R__figures.sql); the
-- verified_ columns score the verified figures only. Formulas: docs/domain.md, capaian().
-- A roll-up goes level by level from SUB_ACTIVITY up to GOAL: a node's rolled score is the weighted
-- mean of its scored children's rolled scores (a child weighing its indicators' weights, 1 without),
-- and its own score when no child has one. No realisation means no score, never 0.
--
-- enable_nestloop off: the function joins one version's rows to aggregates of the same rows. The planner
-- prices a version at 0.5% of its table (the version columns keep no per-value statistics, see V3), right
-- for a national database and wrong for a young one, where one large tree is most of the table: it then
-- chose nested loops that recompute an aggregate per row, and a 2,000-node tree's first rescoring ran
-- past a minute. Inside the function joins are hash or merge joins (a nested loop only where nothing else
-- can join, as for the lateral calls); the setting ends with the function.
-- Every statement names the version's agency (p_agency), in its conditions and in its joins, so that on a
-- database distributed by agency it runs on the agency's shard alone (docs/scaling.md).
create or replace function refresh_scores(p_agency bigint, p_version bigint, p_year integer, p_cap numeric) returns void
    language plpgsql
    set enable_nestloop = off as
$$
declare
    v_tree bigint;
    v_table text;
    -- each level and the level of its children, from the lowest parent up
    v_levels constant text[][] := array[['ACTIVITY', 'SUB_ACTIVITY'], ['PROGRAM', 'ACTIVITY'], ['TARGET', 'PROGRAM'],
                                        ['GOAL', 'TARGET']];
    v_step text[];
begin
    select tree_id into v_tree from tree_version where id = p_version and agency_id = p_agency;
    -- One refresh of a tree at a time: two would otherwise both replace the same rows. Every later
    -- statement sees what the other refresh committed.
    perform lock_tree_scores(v_tree);
    -- A whole version (a new one, or a new cap) may report or accumulate its indicators differently from
    -- the last: its figures to date follow first (and its budget roll-up at the end).
    if p_year is null then
        perform lock_tree_figures(v_tree);
        perform derive_figures(p_agency, v_tree, null, null);
    end if;

    -- the tree's other versions lose everything; this version the years being recomputed
    foreach v_table in array array['node_score', 'owner_score', 'tree_score', 'coded_indicator_score'] loop
        execute format('delete from %I s using tree_version v where v.tree_id = $1 and v.agency_id = $4 '
                       'and s.version_id = v.id and s.agency_id = v.agency_id '
                       'and (v.id <> $2 or $3 is null or s.year = $3)', v_table) using v_tree, p_version, p_year, p_agency;
    end loop;
    foreach v_table in array array['outcome_code', 'node_signature', 'version_finding'] loop
        execute format('delete from %I s using tree_version v where v.tree_id = $1 and v.agency_id = $4 '
                       'and s.version_id = v.id and s.agency_id = v.agency_id '
                       'and (v.id <> $2 or $3 is null)', v_table) using v_tree, p_version, p_year, p_agency;
    end loop;

    with period_year as (
        select y as year
        from cascade_tree t
        join planning_period p on p.id = t.period_id
        cross join generate_series(p.first_year, p.last_year) y
        where t.id = v_tree and t.agency_id = p_agency and (p_year is null or y = p_year)
    ), ind as (
        select y.year, i.key, i.node_key, i.weight, i.code, i.unit, i.polarity, i.combine, i.position,
               t.value as target, t.min_value, t.max_value, r.value as realisation, r.reported_at,
               t.value is not null or t.min_value is not null as has_target, r.value is not null as has_realisation,
               capaian(i.polarity, t.value, t.min_value, t.max_value, r.value, p_cap) as achievement,
               r.verified_value is not null as has_verified,
               capaian(i.polarity, t.value, t.min_value, t.max_value, r.verified_value, p_cap) as verified_achievement
        from indicator i
        cross join period_year y
        left join indicator_target t on t.version_id = i.version_id and t.agency_id = i.agency_id
                                     and t.indicator_key = i.key and t.year = y.year
        left join realisation_to_date r on r.tree_id = v_tree and r.agency_id = i.agency_id and r.indicator_key = i.key
                                       and r.year = y.year and r.quarter = 4
        where i.version_id = p_version and i.agency_id = p_agency
    ), own as (
        select year, node_key, sum(weight) as weight, count(*) as indicators,
               count(*) filter (where has_target) as with_target, count(*) filter (where has_realisation) as with_realisation,
               sum(weight * achievement) / sum(weight) filter (where achievement is not null) as score,
               count(*) filter (where has_verified) as verified_with_realisation,
               sum(weight * verified_achievement) / sum(weight) filter (where verified_achievement is not null)
                   as verified_score
        from ind group by year, node_key
    ), node as (
        select y.year, n.key, n.parent_key, n.level, coalesce(o.weight, 1) as weight, coalesce(o.indicators, 0) as indicators,
               coalesce(o.with_target, 0) as with_target, coalesce(o.with_realisation, 0) as with_realisation,
               o.score as own, coalesce(o.verified_with_realisation, 0) as verified_with_realisation,
               o.verified_score as verified_own
        from tree_node n
        cross join period_year y
        left join own o on o.year = y.year and o.node_key = n.key
        where n.version_id = p_version and n.agency_id = p_agency
    ), subtree_input as (
        -- every activity and sub-activity counts for itself (a sub-activity) and for each node above it
        select y.year, k.key, sum((n.budget ->> y.year::text)::numeric) as budget, sum(n.staff_fte) as staff
        from tree_node n
        cross join period_year y
        cross join lateral unnest(array[n.goal_key, n.target_key, n.program_key, n.activity_key,
                                        case when n.level = 'SUB_ACTIVITY' then n.key end]) k (key)
        where n.version_id = p_version and n.agency_id = p_agency and n.level in ('ACTIVITY', 'SUB_ACTIVITY')
          and k.key is not null
        group by y.year, k.key
    ), nodes as (
        -- rolled starts as the node's own score; the roll-up below replaces it where children are scored
        insert into node_score (agency_id, version_id, year, key, weight, indicators, with_target, with_realisation, own,
                                rolled, budget, staff, verified_with_realisation, verified_own, verified_rolled)
        select p_agency, p_version, n.year, n.key, n.weight, n.indicators, n.with_target, n.with_realisation, n.own, n.own,
               i.budget, i.staff, n.verified_with_realisation, n.verified_own, n.verified_own
        from node n
        left join subtree_input i on i.year = n.year and i.key = n.key
    ), coded as (
        insert into coded_indicator_score (agency_id, version_id, year, key, node_key, level, position, code, unit, polarity,
                                           combine, weight, target, min_value, max_value, realisation, reported_at,
                                           achievement)
        select p_agency, p_version, i.year, i.key, i.node_key, n.level, i.position, i.code, i.unit, i.polarity, i.combine, i.weight,
               i.target, i.min_value, i.max_value, i.realisation, i.reported_at, i.achievement
        from ind i
        join tree_node n on n.version_id = p_version and n.agency_id = p_agency and n.key = i.node_key
        where i.code is not null
    )
    insert into owner_score (agency_id, version_id, year, owner_agency_id, indicators, with_realisation, scored_weight,
                             weighted_sum, verified_with_realisation, verified_scored_weight, verified_weighted_sum)
    select p_agency, p_version, i.year, n.owner_agency_id, count(*), count(*) filter (where i.has_realisation),
           sum(i.weight) filter (where i.achievement is not null), sum(i.weight * i.achievement),
           count(*) filter (where i.has_verified), sum(i.weight) filter (where i.verified_achievement is not null),
           sum(i.weight * i.verified_achievement)
    from ind i
    join tree_node n on n.version_id = p_version and n.agency_id = p_agency and n.key = i.node_key
    group by i.year, n.owner_agency_id;

    -- Level by level from the bottom: a node's rolled score is the weighted mean of its scored children's
    -- rolled scores (a child weighing its indicators' weights, 1 without), its own when none is scored;
    -- from every figure and from the verified ones, each where its children have one.
    foreach v_step slice 1 in array v_levels loop
        update node_score p set rolled = coalesce(c.score, p.rolled),
                                verified_rolled = coalesce(c.verified_score, p.verified_rolled)
        from (select s.year, n.parent_key,
                     sum(s.weight * s.rolled) / sum(s.weight) filter (where s.rolled is not null) as score,
                     sum(s.weight * s.verified_rolled) / sum(s.weight) filter (where s.verified_rolled is not null)
                         as verified_score
              from node_score s
              join tree_node n on n.version_id = s.version_id and n.agency_id = s.agency_id and n.key = s.key
              where s.version_id = p_version and s.agency_id = p_agency and (p_year is null or s.year = p_year)
                and n.level = v_step[2] and (s.rolled is not null or s.verified_rolled is not null)
              group by s.year, n.parent_key) c
        where p.version_id = p_version and p.agency_id = p_agency and p.year = c.year and p.key = c.parent_key;
    end loop;

    insert into tree_score (agency_id, version_id, year, nodes, indicators, with_target, with_realisation, score,
                            verified_with_realisation, verified_score)
    select p_agency, p_version, y.year, count(s.key), coalesce(sum(s.indicators), 0), coalesce(sum(s.with_target), 0),
           coalesce(sum(s.with_realisation), 0),
           sum(s.weight * s.rolled) filter (where n.level = 'GOAL')
               / sum(s.weight) filter (where n.level = 'GOAL' and s.rolled is not null),
           coalesce(sum(s.verified_with_realisation), 0),
           sum(s.weight * s.verified_rolled) filter (where n.level = 'GOAL')
               / sum(s.weight) filter (where n.level = 'GOAL' and s.verified_rolled is not null)
    from cascade_tree t
    join planning_period pp on pp.id = t.period_id
    cross join generate_series(pp.first_year, pp.last_year) y (year)
    left join node_score s on s.version_id = p_version and s.agency_id = t.agency_id and s.year = y.year
    left join tree_node n on n.version_id = p_version and n.agency_id = t.agency_id and n.key = s.key
    where t.id = v_tree and t.agency_id = p_agency and (p_year is null or y.year = p_year)
    group by y.year;

    if p_year is null then
        delete from code_carrier c using cascade_tree t
        where t.id = v_tree and t.agency_id = p_agency and c.period_id = t.period_id and c.agency_id = t.agency_id;
        insert into code_carrier (period_id, code, agency_id)
        select distinct t.period_id, i.code, t.agency_id
        from indicator i
        join cascade_tree t on t.id = v_tree and t.agency_id = i.agency_id
        where i.version_id = p_version and i.agency_id = p_agency and i.code is not null;

        insert into outcome_code (agency_id, version_id, node_key, code)
        select distinct i.agency_id, i.version_id, i.node_key, i.code
        from indicator i
        join tree_node n on n.version_id = i.version_id and n.agency_id = i.agency_id and n.key = i.node_key
                        and n.level in ('GOAL', 'TARGET')
        where i.version_id = p_version and i.agency_id = p_agency and i.code is not null;

        insert into node_signature (agency_id, version_id, node_key, signature)
        select n.agency_id, n.version_id, n.key, signature
        from tree_node n
        -- the words once per node (offset 0), not once per use inside the signatures
        cross join lateral (select statement_words(n.statement) as words offset 0) w
        cross join lateral statement_signatures(w.words) signature
        where n.version_id = p_version and n.agency_id = p_agency and n.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
          and w.words is not null;

        insert into version_finding (agency_id, version_id, rule, severity, node_key, indicator_key, position, message)
        select n.agency_id, n.version_id, 'NODE_WITHOUT_INDICATORS', 'WARNING', n.key, null, n.position, 'the node has no performance indicator'
        from tree_node n
        where n.version_id = p_version and n.agency_id = p_agency
          and not exists (select 1 from indicator i
                          where i.version_id = n.version_id and i.agency_id = n.agency_id and i.node_key = n.key)
        union all
        select i.agency_id, i.version_id, 'MISSING_TARGET', 'WARNING', i.node_key, i.key, n.position,
               'no target for ' || string_agg(y::text, ', ' order by y)
        from indicator i
        join tree_node n on n.version_id = i.version_id and n.agency_id = i.agency_id and n.key = i.node_key
        join cascade_tree t on t.id = v_tree and t.agency_id = i.agency_id
        join planning_period p on p.id = t.period_id
        cross join generate_series(p.first_year, p.last_year) y
        where i.version_id = p_version and i.agency_id = p_agency
          and not exists (select 1 from indicator_target x
                          where x.version_id = i.version_id and x.agency_id = i.agency_id and x.indicator_key = i.key
                            and x.year = y)
        group by i.agency_id, i.version_id, i.node_key, i.key, n.position
        union all
        select n.agency_id, n.version_id, 'ACTIVITY_WITHOUT_INPUTS', 'WARNING', n.key, null, n.position,
               'no budget, staff or facilities on this ' || n.level
        from tree_node n
        where n.version_id = p_version and n.agency_id = p_agency and n.level in ('ACTIVITY', 'SUB_ACTIVITY')
          and n.budget is null and n.staff_fte is null and n.facilities is null;

        -- a new version places the budget lines anew (R__budget.sql)
        perform refresh_budget_rollup(p_agency, v_tree, null);
    end if;
end
$$;
