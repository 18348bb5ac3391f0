-- Budget arithmetic, defined once for the budget document, absorption, efficiency and the LKjIP tables
-- (docs/domain.md, "Budget and absorption"). Repeatable: see R__views.sql. Each function is one
-- expression with no FROM, so that PostgreSQL inlines it into report queries.

-- The ceiling in force (pagu): the revised one (perubahan) once given, else the original (murni).
create or replace function ceiling_in_force(original numeric, revised numeric) returns numeric
    language sql immutable parallel safe as
$$
select coalesce(revised, original)
$$;

-- What was spent from January to the end of the given month (spending[1] is January); unreported months
-- add nothing.
create or replace function spent_to(spending numeric[], through_month integer) returns numeric
    language sql immutable parallel safe as
$$
select coalesce(spending[1], 0)
       + case when through_month >= 2 then coalesce(spending[2], 0) else 0 end
       + case when through_month >= 3 then coalesce(spending[3], 0) else 0 end
       + case when through_month >= 4 then coalesce(spending[4], 0) else 0 end
       + case when through_month >= 5 then coalesce(spending[5], 0) else 0 end
       + case when through_month >= 6 then coalesce(spending[6], 0) else 0 end
       + case when through_month >= 7 then coalesce(spending[7], 0) else 0 end
       + case when through_month >= 8 then coalesce(spending[8], 0) else 0 end
       + case when through_month >= 9 then coalesce(spending[9], 0) else 0 end
       + case when through_month >= 10 then coalesce(spending[10], 0) else 0 end
       + case when through_month >= 11 then coalesce(spending[11], 0) else 0 end
       + case when through_month >= 12 then coalesce(spending[12], 0) else 0 end
$$;

-- Serapan: spent as a percentage of the ceiling, two decimals; none without a positive ceiling. Above 100
-- when more was spent than the ceiling: reported as it is, never capped.
create or replace function absorption(spent numeric, ceiling numeric) returns numeric
    language sql immutable parallel safe as
$$
select case when ceiling > 0 then round(spent / ceiling * 100, 2) end
$$;

-- Efisiensi: capaian set against absorption (capaian / absorption), two decimals; none without both, or
-- with nothing spent.
create or replace function efficiency(capaian numeric, absorption numeric) returns numeric
    language sql immutable parallel safe as
$$
select case when absorption > 0 then round(capaian / absorption, 2) end
$$;

-- The efficiency band: EFFICIENT from efficient_from up, WARNING below warning_below, ON_TRACK between.
create or replace function efficiency_band(ratio numeric, efficient_from numeric, warning_below numeric) returns text
    language sql immutable parallel safe as
$$
select case when ratio >= efficient_from then 'EFFICIENT'
            when ratio < warning_below then 'WARNING'
            when ratio is not null then 'ON_TRACK' end
$$;

-- The budget below a node of a tree version for a year (every year when p_year is null): the ceilings in
-- force and the spending to the end of the month of the activities and sub-activities in its subtree, the
-- node itself included. A budget sits on an activity without sub-activities or on a sub-activity, so each
-- rupiah counts once. No budget line below the node: no row's sums, both null.
create or replace function subtree_budget(p_tree bigint, p_version bigint, p_key varchar, p_level varchar,
                                          p_year integer, p_through_month integer)
    returns table (ceiling numeric, spent numeric)
    language sql stable parallel safe as
$$
select sum(ceiling_in_force(b.original_ceiling, b.revised_ceiling)), sum(spent_to(b.spending, p_through_month))
from tree_node x
join node_budget b on b.tree_id = p_tree and b.node_key = x.key and (p_year is null or b.year = p_year)
where x.version_id = p_version and x.level in ('ACTIVITY', 'SUB_ACTIVITY')
  and p_key = case p_level when 'GOAL' then x.goal_key when 'TARGET' then x.target_key
                           when 'PROGRAM' then x.program_key when 'ACTIVITY' then x.activity_key else x.key end
$$;
