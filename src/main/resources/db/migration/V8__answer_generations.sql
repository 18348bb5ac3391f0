-- Conditional GET and the answer cache (issue 13): a generation per planning period, bumped by the commit of
-- every transaction that changes what that period's answers are computed from, and one (period_id 0) for what
-- every period's answers show (agencies, periods, the nomenclature). An answer's entity tag and cache key
-- carry the generations read before it is computed, so a stored answer is never older than its key.

create table data_generation (
    period_id   bigint  primary key, -- 0: every period
    generation  bigint  not null
);

-- The periods a transaction has changed so far, until it commits. Rows live only inside their transaction:
-- the deferred trigger below deletes them as it bumps.
create table generation_change (
    txid       xid8    not null default pg_current_xact_id(),
    period_id  bigint  not null,
    primary key (txid, period_id)
);

-- Statement-level, after each write to a table answers are computed from: notes the periods the statement's
-- rows belong to, found by the route given as the trigger's argument, from the transition table "changed".
create function note_generation_change() returns trigger language plpgsql as $$
begin
    execute 'insert into generation_change (period_id) ' || case tg_argv[0]
        when 'every-period' then 'select 0 from changed limit 1'
        when 'period' then 'select distinct period_id from changed'
        when 'tree' then 'select t.period_id from cascade_tree t where t.id in (select tree_id from changed)'
        when 'agreement' then 'select t.period_id from agreement a join cascade_tree t on t.id = a.tree_id
                               where a.id in (select agreement_id from changed)'
        end || ' on conflict do nothing';
    return null;
end $$;

-- Deferred to the commit, so that the generation row is locked only while the transaction commits: writers of
-- the same period queue there, not for the whole of a long tree PUT. The first row of a transaction bumps every
-- period it changed, in key order (two transactions never lock the same rows in opposite orders).
create function bump_generations() returns trigger language plpgsql as $$
begin
    with changed as (delete from generation_change where txid = pg_current_xact_id() returning period_id)
    insert into data_generation as g (period_id, generation)
    select period_id, 1 from changed order by period_id
    on conflict (period_id) do update set generation = g.generation + 1;
    return null;
end $$;

create constraint trigger generation_bump after insert on generation_change
    deferrable initially deferred for each row execute function bump_generations();

-- Which tables answers are computed from, and how their rows reach a period. The tables left out are written
-- only together with one of these in the same transaction (a version's nodes, indicators and targets with
-- tree_version; a link's transitions with the link; an agreement's lines with the agreement) or are derived
-- from them in that transaction (scores, signatures, roll-ups); GenerationCatalogueTest keeps this list whole.
do $$
declare
    route record;
begin
    for route in select * from (values
            ('agency', 'every-period'), ('planning_period', 'every-period'), ('nomenclature', 'every-period'),
            ('cascade_tree', 'period'), ('crosscutting_link', 'period'), ('reporting_lock', 'period'),
            ('tree_version', 'tree'), ('realisation', 'tree'), ('realisation_history', 'tree'),
            ('realisation_transition', 'tree'), ('evidence_file', 'tree'), ('node_budget', 'tree'),
            ('agreement', 'tree'), ('action_plan_target', 'agreement'), ('action_plan_activity', 'agreement'))
            as r (table_name, route) loop
        execute format('create trigger %I after insert on %I referencing new table as changed '
                       'for each statement execute function note_generation_change(%L)',
                       route.table_name || '_generation_insert', route.table_name, route.route);
        execute format('create trigger %I after update on %I referencing new table as changed '
                       'for each statement execute function note_generation_change(%L)',
                       route.table_name || '_generation_update', route.table_name, route.route);
        execute format('create trigger %I after delete on %I referencing old table as changed '
                       'for each statement execute function note_generation_change(%L)',
                       route.table_name || '_generation_delete', route.table_name, route.route);
    end loop;
end $$;
