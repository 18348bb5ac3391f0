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
