-- The national dataset's year of budgets (issue 11): every activity without sub-activities and every
-- sub-activity gets a 2025 ceiling (one in five revised down by a tenth) and spending in each of the 12
-- months (5-9% of the ceiling a month: absorption from 60% to above 100%). Each agency holds one of 30
-- affairs; its sub-activities carry codes of that affair, one in fifty of the next agency's affair (a
-- konflik kewenangan with the agencies holding that one). Every current version is made FINAL, as
-- agreements are drawn from FINAL versions only.
create function pg_temp.affair(n bigint) returns text language sql immutable
    return (1 + (n % 30) / 10)::text || '.' || lpad((1 + n % 10)::text, 2, '0');

update agency set affairs = array[pg_temp.affair(id)];

update tree_node n
set nomenclature_code = pg_temp.affair(ct.agency_id + case when n.position % 50 = 0 then 1 else 0 end)
                        || '.01.2.01.' || lpad((n.position % 10000)::text, 4, '0')
from current_tree ct
where n.version_id = ct.version_id and n.level = 'SUB_ACTIVITY';

insert into node_budget (agency_id, tree_id, node_key, year, original_ceiling, revised_ceiling, spending, updated_by,
                         updated_at)
select ct.agency_id, ct.tree_id, n.key, 2025, c.ceiling, case when n.position % 5 = 0 then round(c.ceiling * 0.9) end,
       array(select round(c.ceiling * (5 + (n.position * 7 + m) % 5) / 100) from generate_series(1, 12) m),
       'bench', now()
from current_tree ct
join tree_node n on n.version_id = ct.version_id
cross join lateral (select (100000000 + (n.position * 7919 % 900) * 1000000)::numeric as ceiling) c
where n.level = 'SUB_ACTIVITY'
   or n.level = 'ACTIVITY' and not exists (select 1 from tree_node s where s.version_id = n.version_id and s.parent_key = n.key);

update tree_version v set status = 'FINAL', finalized_at = now(), finalized_by = 'bench'
from current_tree ct where ct.version_id = v.id;
vacuum analyze agency;
vacuum analyze tree_node;
vacuum analyze node_budget;
vacuum analyze tree_version;
