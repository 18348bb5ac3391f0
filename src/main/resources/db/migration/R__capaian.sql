-- Repeatable migration: Flyway runs it after the versioned ones whenever its text changes, on every
-- database, so this file is the one place the definition lives: change it here. Keep to CREATE OR
-- REPLACE; a change that cannot be a replacement (a view losing or retyping a column, a function
-- changing its arguments or result type) needs a versioned migration that drops the old object first.

-- Capaian (achievement) of one indicator in one year, in percent (docs/domain.md, "Capaian"):
--   HIGHER_IS_BETTER  R / T x 100
--   LOWER_IS_BETTER   (2T - R) / T x 100
--   RANGE             100 inside [min, max]; below min R / min x 100; above max (2 max - R) / max x 100
-- then kept within [0, cap]. No realisation, or a zero target or bound to divide by, gives no score
-- (null, never 0).
create or replace function capaian(polarity varchar, target numeric, min_value numeric, max_value numeric,
                        realisation numeric, cap numeric) returns numeric
    language sql immutable parallel safe as
-- One expression, no FROM, so that PostgreSQL inlines it into report queries instead of calling it
-- row by row. A zero or missing target or bound matches no branch: no score.
$$
select case
           when realisation is null then null
           when polarity = 'HIGHER_IS_BETTER' and target <> 0
               then greatest(0, least(cap, realisation / target * 100))
           when polarity = 'LOWER_IS_BETTER' and target <> 0
               then greatest(0, least(cap, (2 * target - realisation) / target * 100))
           when polarity = 'RANGE' and realisation < min_value and min_value <> 0
               then greatest(0, least(cap, realisation / min_value * 100))
           when polarity = 'RANGE' and realisation > max_value and max_value <> 0
               then greatest(0, least(cap, (2 * max_value - realisation) / max_value * 100))
           when polarity = 'RANGE' and realisation between min_value and max_value
               then least(cap, 100)
       end
$$;

-- " = figure" as a capaian formula ends: the figure rounded as reports round it, and the cap or the floor
-- of 0 when one applied.
create or replace function capaian_result(raw numeric, cap numeric) returns text
    language sql immutable parallel safe as
$$
select ' = ' || trim_scale(round(raw, 2))
       || case when raw > cap then ', capped at ' || trim_scale(cap) when raw < 0 then ', raised to 0' else '' end
$$;

-- How capaian() reached its figure, for an analyst to check it: the formula with the indicator's own
-- numbers and the result (rounded as the reports round it), noting a cap or a floor that applied; or why
-- there is no figure. Its branches follow capaian()'s one for one.
create or replace function capaian_formula(polarity varchar, target numeric, min_value numeric, max_value numeric,
                                           realisation numeric, cap numeric) returns text
    language sql immutable parallel safe as
$$
select case
           when realisation is null then 'no realisation'
           when polarity <> 'RANGE' and target is null then 'no target for the year'
           when polarity <> 'RANGE' and target = 0 then 'target is 0: no capaian'
           when polarity = 'HIGHER_IS_BETTER'
               then format('%s / %s x 100', trim_scale(realisation), trim_scale(target))
                    || capaian_result(realisation / target * 100, cap)
           when polarity = 'LOWER_IS_BETTER'
               then format('(2 x %s - %s) / %s x 100', trim_scale(target), trim_scale(realisation), trim_scale(target))
                    || capaian_result((2 * target - realisation) / target * 100, cap)
           when polarity = 'RANGE' and (min_value is null or max_value is null) then 'no target band for the year'
           when polarity = 'RANGE' and realisation < min_value and min_value = 0 then 'min is 0: no capaian'
           when polarity = 'RANGE' and realisation < min_value
               then format('%s / %s x 100', trim_scale(realisation), trim_scale(min_value))
                    || capaian_result(realisation / min_value * 100, cap)
           when polarity = 'RANGE' and realisation > max_value and max_value = 0 then 'max is 0: no capaian'
           when polarity = 'RANGE' and realisation > max_value
               then format('(2 x %s - %s) / %s x 100', trim_scale(max_value), trim_scale(realisation), trim_scale(max_value))
                    || capaian_result((2 * max_value - realisation) / max_value * 100, cap)
           when polarity = 'RANGE'
               then format('%s within [%s, %s]', trim_scale(realisation), trim_scale(min_value), trim_scale(max_value))
                    || capaian_result(100, cap)
       end
$$;

-- The predikat band a capaian falls in: the label of the first (best) band whose floor it reaches. The
-- bands come from the configuration (ACHIEVEMENT_BANDS) as arrays, best first, the last floor 0; called
-- once with the names and once with the colours. No capaian, no band.
create or replace function predikat(score numeric, floors numeric[], labels text[]) returns text
    language sql immutable parallel safe as
$$
select labels[(select min(i) from generate_subscripts(floors, 1) i where score >= floors[i])]
$$;
