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

-- Keeps budget_rollup for a tree and a year (every year when p_year is null): every budget line counts for
-- the node it is on and every node above it in the current version (an activity's own key is its
-- activity_key; a sub-activity's is added), each rupiah once. Lines whose node the current version no
-- longer has count nowhere. Callers hold lock_tree_figures(p_tree) (R__refresh_scores.sql). Every statement
-- names the tree's agency (p_agency), so that it runs on the agency's shard alone (docs/scaling.md).
create or replace function refresh_budget_rollup(p_agency bigint, p_tree bigint, p_year integer) returns void
    language sql as
$$
delete from budget_rollup where tree_id = p_tree and agency_id = p_agency and (p_year is null or year = p_year);
insert into budget_rollup (agency_id, tree_id, year, node_key, ceiling, spending)
select b.agency_id, b.tree_id, b.year, k.key, sum(ceiling_in_force(b.original_ceiling, b.revised_ceiling)),
       array[sum(coalesce(b.spending[1], 0)),
             sum(coalesce(b.spending[2], 0)),
             sum(coalesce(b.spending[3], 0)),
             sum(coalesce(b.spending[4], 0)),
             sum(coalesce(b.spending[5], 0)),
             sum(coalesce(b.spending[6], 0)),
             sum(coalesce(b.spending[7], 0)),
             sum(coalesce(b.spending[8], 0)),
             sum(coalesce(b.spending[9], 0)),
             sum(coalesce(b.spending[10], 0)),
             sum(coalesce(b.spending[11], 0)),
             sum(coalesce(b.spending[12], 0))]
from node_budget b
join cascade_tree t on t.id = b.tree_id and t.agency_id = b.agency_id
join tree_version v on v.tree_id = t.id and v.agency_id = t.agency_id and v.version = t.current_version
join tree_node x on x.version_id = v.id and x.agency_id = v.agency_id and x.key = b.node_key
cross join lateral unnest(array[x.goal_key, x.target_key, x.program_key, x.activity_key,
                                case when x.level = 'SUB_ACTIVITY' then x.key end]) k (key)
where b.tree_id = p_tree and b.agency_id = p_agency and (p_year is null or b.year = p_year) and k.key is not null
group by b.agency_id, b.tree_id, b.year, k.key;
$$;

-- The budget below a node of a tree's current version for a year (every year of the tree when p_year is
-- null): its subtree's ceilings in force and spending to the end of the month. No budget line below it:
-- no row, both null.
create or replace function budget_below(p_tree bigint, p_key varchar, p_year integer, p_through_month integer)
    returns table (ceiling numeric, spent numeric)
    language sql stable parallel safe as
$$
select sum(r.ceiling), sum(spent_to(r.spending, p_through_month))
from budget_rollup r
where r.tree_id = p_tree and r.node_key = p_key and (p_year is null or r.year = p_year)
$$;
