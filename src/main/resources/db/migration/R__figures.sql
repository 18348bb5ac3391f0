-- Repeatable migration: Flyway runs it after the versioned ones whenever its text changes, on every
-- database, so this file is the one place the definition lives: change it here. Keep to CREATE OR
-- REPLACE; a change that cannot be a replacement (a view losing or retyping a column, a function
-- changing its arguments or result type) needs a versioned migration that drops the old object first.

-- The periods of a reporting frequency that have ended by the end of a quarter, in order: Y at quarter
-- 4 only, Q1..Qq, or M01..M(3q).
create or replace function periods_through(reporting varchar, quarter integer) returns varchar[]
    language sql immutable parallel safe as
$$
select case reporting
           when 'YEARLY' then case when quarter = 4 then array['Y']::varchar[] else '{}'::varchar[] end
           when 'QUARTERLY' then array(select 'Q' || q from generate_series(1, quarter) q)::varchar[]
           else array(select 'M' || lpad(m::text, 2, '0') from generate_series(1, 3 * quarter) m)::varchar[]
       end
$$;

-- Whether a realisation's period belongs to a reporting frequency (a revision may change an indicator's
-- frequency: figures of the other one stay readable but no longer count).
create or replace function period_of(reporting varchar, period varchar) returns boolean
    language sql immutable parallel safe as
$$
select case reporting when 'YEARLY' then period = 'Y' when 'QUARTERLY' then period like 'Q%' else period like 'M%' end
$$;

-- The figure to date from the values of the periods counted, in period order, by accumulation kind:
-- CUMULATIVE adds them, AVERAGE averages them, MAXIMUM takes the highest, LAST_VALUE and QUALITATIVE the
-- latest. Nothing counted, no figure: a missing period never counts as 0. Trailing zeros go (an average
-- of whole numbers would otherwise carry twenty decimals).
create or replace function figure_to_date(accumulation varchar, vals numeric[]) returns numeric
    language sql immutable parallel safe as
$$
select trim_scale(case
                      when cardinality(vals) = 0 then null
                      when accumulation = 'CUMULATIVE' then (select sum(v) from unnest(vals) v)
                      when accumulation = 'AVERAGE' then (select avg(v) from unnest(vals) v)
                      when accumulation = 'MAXIMUM' then (select max(v) from unnest(vals) v)
                      else vals[cardinality(vals)]
                  end)
$$;

-- How figure_to_date() reached its figure, in the periods' own terms ("Q1 12 + Q2 18 = 30"); a
-- QUALITATIVE period shows its label and the figure its score. Rounded as the reports round.
create or replace function figure_explanation(accumulation varchar, periods varchar[], shown text[], figure numeric)
    returns text
    language sql immutable parallel safe as
$$
select case
           when cardinality(periods) = 0 then null
           when periods = array['Y']::varchar[]
               then 'reported for the year: ' || shown[1]
                    || case when accumulation = 'QUALITATIVE' then ' = ' || trim_scale(figure) else '' end
           when accumulation = 'CUMULATIVE'
               then array_to_string(array(select p || ' ' || s from unnest(periods, shown) t (p, s)), ' + ')
                    || ' = ' || trim_scale(round(figure, 2))
           when accumulation = 'AVERAGE'
               then '(' || array_to_string(array(select p || ' ' || s from unnest(periods, shown) t (p, s)), ' + ')
                    || ') / ' || cardinality(periods) || ' = ' || trim_scale(round(figure, 2))
           when accumulation = 'MAXIMUM'
               then 'highest of ' || array_to_string(array(select p || ' ' || s from unnest(periods, shown) t (p, s)), ', ')
                    || ' = ' || trim_scale(round(figure, 2))
           else 'latest: ' || periods[cardinality(periods)] || ' ' || shown[cardinality(shown)]
                || case when accumulation = 'QUALITATIVE' then ' = ' || trim_scale(figure) else '' end
       end
$$;

-- (Re)derives the figures to date (table realisation_to_date, V6) of one tree, for one indicator and
-- year or all of them (null), from its current realisations under the current version's reporting
-- frequency and accumulation kind: at the end of each quarter, from every figure and from the verified
-- ones only; then where the indicators stand (indicator_standing, V6): for one indicator, unless the
-- tree's first figure of the year just came, when every indicator of the year gets its row. Every
-- statement names the tree's agency (p_agency), so that on a database distributed by agency it runs on
-- the agency's shard alone (docs/scaling.md).
create or replace function derive_figures(p_agency bigint, p_tree bigint, p_key varchar, p_year integer) returns void
    language plpgsql as
$$
declare
    v_key varchar := p_key;
begin
    perform lock_tree_figures(p_tree);
    if p_key is not null
       and not exists (select 1 from indicator_standing where tree_id = p_tree and agency_id = p_agency
                                                          and year = p_year) then
        v_key := null;
    end if;

    delete from realisation_to_date
    where tree_id = p_tree and agency_id = p_agency and (p_key is null or indicator_key = p_key) and (p_year is null or year = p_year);

    insert into realisation_to_date (agency_id, tree_id, indicator_key, year, quarter, value, periods, latest_period, explanation,
                                     missing, first_missing_month, projection, reported_at, verified_value,
                                     verified_projection, verified_periods, verified_latest_period, verified_explanation)
    with counted as (
        select r.indicator_key, r.year, r.period, r.end_month, r.value, r.status, r.reported_at, i.reporting,
               i.accumulation, coalesce(r.label, trim_scale(r.value)::text) as shown
        from cascade_tree t
        join tree_version v on v.tree_id = t.id and v.agency_id = t.agency_id and v.version = t.current_version
        join indicator i on i.version_id = v.id and i.agency_id = v.agency_id
        join realisation r on r.tree_id = t.id and r.agency_id = t.agency_id and r.indicator_key = i.key
        where t.id = p_tree and t.agency_id = p_agency and (p_key is null or i.key = p_key) and (p_year is null or r.year = p_year)
          and period_of(i.reporting, r.period)
    ), to_date as (
        select c.indicator_key, c.year, q.quarter, c.reporting, c.accumulation,
               array_agg(c.period order by c.end_month) as periods,
               array_agg(c.value order by c.end_month) as vals,
               array_agg(c.shown order by c.end_month) as shown,
               coalesce(array_agg(c.period order by c.end_month) filter (where c.status = 'VERIFIED'), '{}') as verified,
               coalesce(array_agg(c.value order by c.end_month) filter (where c.status = 'VERIFIED'), '{}') as verified_vals,
               coalesce(array_agg(c.shown order by c.end_month) filter (where c.status = 'VERIFIED'), '{}') as verified_shown,
               max(c.reported_at) as reported_at
        from counted c
        join generate_series(1, 4) q (quarter) on c.end_month <= 3 * q.quarter
        group by c.indicator_key, c.year, q.quarter, c.reporting, c.accumulation
    ), figured as materialized (
        -- materialized: the figure and the missing periods are used several times below; inlined, each use
        -- recomputed them (a 1,000-node tree's 7,600 quarterly figures: 1.0 s to derive, 0.56 s so)
        select d.*, figure_to_date(d.accumulation, d.vals) as value,
               figure_to_date(d.accumulation, d.verified_vals) as verified_value,
               array(select p from unnest(periods_through(d.reporting, d.quarter)) p
                     where p <> all (d.periods))::varchar[] as missing
        from to_date d
    )
    select p_agency, p_tree, indicator_key, year, quarter, value, cardinality(periods), periods[cardinality(periods)],
           figure_explanation(accumulation, periods, shown, value)
               || case when cardinality(missing) > 0
                       then ' (not reported: ' || array_to_string(missing, ', ') || ')' else '' end,
           missing, end_month(missing[1]), projection(accumulation, value, periods[cardinality(periods)]), reported_at,
           verified_value, projection(accumulation, verified_value, verified[cardinality(verified)]),
           cardinality(verified), verified[cardinality(verified)],
           figure_explanation(accumulation, verified, verified_shown, verified_value)
    from figured;

    delete from indicator_standing
    where tree_id = p_tree and agency_id = p_agency and (v_key is null or indicator_key = v_key) and (p_year is null or year = p_year);

    insert into indicator_standing (agency_id, tree_id, year, quarter, indicator_key, position, first_missing_month,
                                    projected_achievement, verified_projected_achievement)
    select ct.agency_id, p_tree, y.year, q.quarter, i.key, i.position,
           case when r.tree_id is null then end_month(first_period_through(i.reporting, q.quarter))
                else r.first_missing_month end,
           capaian(i.polarity, t.value, t.min_value, t.max_value, r.projection, null),
           capaian(i.polarity, t.value, t.min_value, t.max_value, r.verified_projection, null)
    from cascade_tree ct
    join tree_version v on v.tree_id = ct.id and v.agency_id = ct.agency_id and v.version = ct.current_version
    join indicator i on i.version_id = v.id and i.agency_id = v.agency_id
    cross join (select distinct year from realisation
                where tree_id = p_tree and agency_id = p_agency and (p_year is null or year = p_year)) y
    cross join generate_series(1, 4) q (quarter)
    left join indicator_target t on t.version_id = i.version_id and t.agency_id = i.agency_id
                                 and t.indicator_key = i.key and t.year = y.year
    left join realisation_to_date r on r.tree_id = ct.id and r.agency_id = ct.agency_id and r.indicator_key = i.key
                                    and r.year = y.year and r.quarter = q.quarter
    where ct.id = p_tree and ct.agency_id = p_agency and (v_key is null or i.key = v_key);
end
$$;

-- The target to date at the end of a quarter: the quarter's own target (target s.d. triwulan) when the
-- year's target gives one; else the year's target at Q4, and at any quarter for a kind whose figure is a
-- level (LAST_VALUE, AVERAGE, MAXIMUM, QUALITATIVE: the level aimed at for the year); a CUMULATIVE
-- indicator's earlier quarters have none without their own. Called once per figure of the target
-- (value, min, max, and a QUALITATIVE target's label).
create or replace function target_to_date(accumulation varchar, quarter integer, year_target anycompatible,
                                          quarter_target anycompatible, has_quarter_target boolean) returns anycompatible
    language sql immutable parallel safe as
$$
select case when has_quarter_target then quarter_target
            when quarter = 4 or accumulation <> 'CUMULATIVE' then year_target end
$$;

-- Where target_to_date() took its target from, for the formula shown with a capaian to date.
create or replace function target_source(accumulation varchar, quarter integer, has_year_target boolean,
                                         has_quarter_target boolean) returns text
    language sql immutable parallel safe as
$$
select case when has_quarter_target then 'Q' || quarter || ' target'
            when not has_year_target then null
            when quarter = 4 then 'year target'
            when accumulation <> 'CUMULATIVE' then 'year target' end
$$;

-- capaian_formula() for a figure to date: before Q4 a missing target is the quarter's, not the year's.
create or replace function capaian_formula_to_date(polarity varchar, target numeric, min_value numeric,
                                                   max_value numeric, realisation numeric, cap numeric,
                                                   quarter integer) returns text
    language sql immutable parallel safe as
$$
select case
           when quarter < 4 and realisation is not null and target is null and min_value is null
               then 'no target to date for Q' || quarter || ': a CUMULATIVE indicator needs a quarterly target'
           else capaian_formula(polarity, target, min_value, max_value, realisation, cap)
       end
$$;

-- The month (1-12) a reporting period ends in: Y 12, Qn 3n, Mnn nn; none for none.
create or replace function end_month(period varchar) returns integer
    language sql immutable parallel safe as
$$
select case when period = 'Y' then 12
            when period like 'Q%' then 3 * substr(period, 2)::integer
            else substr(period, 2)::integer end
$$;

-- The day a period's realisation is due: the given number of days after the period ends.
create or replace function period_due(year integer, period varchar, days integer) returns date
    language sql immutable parallel safe as
$$
select (make_date(year, end_month(period), 1) + interval '1 month')::date + days
$$;

-- Early warning: the year's figure projected from the figure to date. CUMULATIVE runs on at the rate so
-- far (figure / months covered x 12, the months up to the end of the latest period counted); every other
-- kind is a level, projected as it stands (the latest value, the average or the highest so far).
create or replace function projection(accumulation varchar, figure numeric, latest_period varchar) returns numeric
    language sql immutable parallel safe as
$$
select case when figure is null then null
            when accumulation = 'CUMULATIVE' then trim_scale(round(figure * 12 / end_month(latest_period), 4))
            else figure end
$$;

-- How projection() projected, in the indicator's own figures.
create or replace function projection_method(accumulation varchar, figure numeric, latest_period varchar)
    returns text
    language sql immutable parallel safe as
$$
select case when figure is null then null
            when accumulation = 'CUMULATIVE' and end_month(latest_period) = 12
                then 'the year''s figure: ' || trim_scale(figure)
            when accumulation = 'CUMULATIVE'
                then format('run-rate: %s / %s months x 12 = %s', trim_scale(figure), end_month(latest_period),
                            trim_scale(round(figure * 12 / end_month(latest_period), 2)))
            when accumulation = 'AVERAGE' then 'average to date: ' || trim_scale(round(figure, 2))
            when accumulation = 'MAXIMUM' then 'highest to date: ' || trim_scale(figure)
            else 'latest value: ' || trim_scale(figure) end
$$;

-- The first period of a reporting frequency ended by the end of a quarter (periods_through()[1], without
-- building the array): what is overdue first when an indicator has no figure at all.
create or replace function first_period_through(reporting varchar, quarter integer) returns varchar
    language sql immutable parallel safe as
$$
select case reporting when 'YEARLY' then case when quarter = 4 then 'Y' end when 'QUARTERLY' then 'Q1' else 'M01' end
$$;
