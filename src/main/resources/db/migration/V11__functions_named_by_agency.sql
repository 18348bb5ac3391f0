-- The functions that rework one tree's derived rows take the tree's agency first, so that every statement in
-- them can name it and, on a database distributed by agency, run on that agency's shard (docs/scaling.md).
-- A function's arguments cannot change by CREATE OR REPLACE: the old forms go here, and the repeatable
-- migrations (R__figures.sql, R__refresh_scores.sql, R__budget.sql) create the new ones. On a new database
-- the repeatable migrations have not run yet, so there is nothing to drop.
drop function if exists refresh_scores(bigint, integer, numeric);
drop function if exists derive_figures(bigint, varchar, integer);
drop function if exists refresh_budget_rollup(bigint, integer);
