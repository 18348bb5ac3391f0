-- Repeatable migration: Flyway runs it after the versioned ones whenever its text changes, on every
-- database, so this file is the one place the definition lives: change it here. Keep to CREATE OR
-- REPLACE; a change that cannot be a replacement (a view losing or retyping a column, a function
-- changing its arguments or result type) needs a versioned migration that drops the old object first.

-- Duplication candidates (docs/domain.md): programmes and activities of two agencies' current trees that carry
-- the same shared code or share a statement signature with a trigram similarity of at least p_threshold,
-- or sub-activities with the same nomenclature code whose affair (urusan.bidang) only one of the two agencies
-- holds (konflik kewenangan: authority names that one), with no proposed or accepted link between the two agencies on either node. In agency, node position,
-- other agency, other position order; over every tree (p_agency null) a pair appears once, under the
-- agency whose code sorts first; for one agency, every pair of its nodes appears under it.
-- Nationally the pairs can run to millions, so the trees and their nodes are walked in that order and
-- the walk stops once p_offset + p_limit rows are found: a page costs what comes before it, not the nation.
create or replace function duplication_candidates(p_period bigint, p_agency bigint, p_threshold real, p_limit integer,
                                       p_offset bigint)
    returns table (agency varchar, node varchar, level varchar, statement text, other_agency varchar,
                   other_node varchar, other_level varchar, other_statement text, reasons text[], codes varchar[],
                   similarity numeric, authority varchar)
    language plpgsql stable as
$$
#variable_conflict use_column
declare
    t      record;
    x      record;
    found  bigint := 0;
    added  bigint;
begin
    for t in select ct.agency_id, ct.version_id, ct.period_id, a.code, a.affairs
             from current_tree ct join agency a on a.id = ct.agency_id
             where ct.period_id = p_period and (p_agency is null or ct.agency_id = p_agency)
             order by a.code
    loop
        for x in select n.key, n.level, n.statement, n.nomenclature_code,
                        case when n.level = 'SUB_ACTIVITY' and n.nomenclature_code not like 'X%'
                             then substr(n.nomenclature_code, 1, 4) end as affair
                 from tree_node n
                 where n.version_id = t.version_id and n.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
                 order by n.position
        loop
            return query
            select t.code, x.key, x.level, x.statement, ya.code, y.key, y.level, y.statement, c.reasons, c.codes,
                   round(similarity(x.statement, y.statement)::numeric, 3),
                   case when 'AUTHORITY_CONFLICT' = any(c.reasons)
                        then case when x.affair = any(t.affairs) then t.code else ya.code end end
            from (select c.version_id, c.node_key, array_agg(distinct c.reason order by c.reason) as reasons,
                         array_agg(distinct c.code order by c.code) filter (where c.code is not null) as codes
                  from (select o.version_id, o.node_key, 'SHARED_CODE' as reason, o.code
                        from indicator i
                        join indicator o on o.code = i.code and o.version_id <> i.version_id
                        where i.version_id = t.version_id and i.node_key = x.key and i.code is not null
                        union all
                        select o.version_id, o.node_key, 'SIMILAR_STATEMENT', null
                        from node_signature s
                        join node_signature o on o.signature = s.signature and o.version_id <> s.version_id
                        join tree_node os on os.version_id = o.version_id and os.key = o.node_key
                        where s.version_id = t.version_id and s.node_key = x.key
                          and similarity(x.statement, os.statement) >= p_threshold
                        union all
                        select o.version_id, o.key, 'AUTHORITY_CONFLICT', o.nomenclature_code
                        from tree_node o
                        join cascade_tree ot on ot.id = (select v.tree_id from tree_version v where v.id = o.version_id)
                                            and ot.agency_id <> t.agency_id
                        join agency oa on oa.id = ot.agency_id
                        where x.affair is not null and o.nomenclature_code = x.nomenclature_code
                          and o.version_id <> t.version_id
                          and (x.affair = any(t.affairs)) <> (x.affair = any(oa.affairs))) c
                  group by c.version_id, c.node_key) c
            join current_tree yt on yt.version_id = c.version_id and yt.period_id = t.period_id
                                and yt.agency_id <> t.agency_id
            join agency ya on ya.id = yt.agency_id and (p_agency is not null or ya.code > t.code)
            join tree_node y on y.version_id = c.version_id and y.key = c.node_key
                            and y.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
            where not exists (select 1 from crosscutting_link l
                              where l.source_agency_id = t.agency_id and l.target_agency_id = yt.agency_id
                                and l.period_id = t.period_id and l.status in ('PROPOSED', 'ACCEPTED')
                                and (l.source_node_key in (x.key, y.key) or l.target_node_key in (x.key, y.key)))
              and not exists (select 1 from crosscutting_link l
                              where l.source_agency_id = yt.agency_id and l.target_agency_id = t.agency_id
                                and l.period_id = t.period_id and l.status in ('PROPOSED', 'ACCEPTED')
                                and (l.source_node_key in (x.key, y.key) or l.target_node_key in (x.key, y.key)))
            order by ya.code, y.position;
            get diagnostics added = row_count;
            found := found + added;
            if found >= p_offset + p_limit then
                return;
            end if;
        end loop;
    end loop;
end
$$;

