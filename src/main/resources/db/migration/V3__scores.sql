-- Capaian scores kept per tree instead of recomputed per report. A national roll-up would otherwise
-- score every indicator of every tree on each call (seconds at 500 agencies); a tree's scores change
-- only when the tree gets a new version or one of its realisations changes, so they are computed then,
-- for that tree only, by refresh_scores(). Only the current version of a tree keeps scores.

-- Every node of a scored version, per year of the period.
create table node_score (
    version_id        bigint       not null references tree_version (id),
    year              integer      not null,
    key               varchar(100) not null,
    weight            numeric      not null, -- in its parent's roll-up: its indicators' weights, 1 without
    indicators        integer      not null,
    with_target       integer      not null,
    with_realisation  integer      not null,
    own               numeric,               -- weighted mean of its scored indicators
    rolled            numeric,               -- weighted mean of its scored children's rolled scores, else own
    budget            numeric,               -- the year's budget of the activities and sub-activities in its subtree
    staff             numeric,               -- their staff (FTE)
    primary key (version_id, year, key)
);

-- Per owner agency (penanggung jawab) of the nodes of a version, per year: what an agency's capaian
-- across every tree it owns nodes in sums up from.
create table owner_score (
    version_id        bigint  not null references tree_version (id),
    year              integer not null,
    owner_agency_id   bigint  not null references agency (id),
    indicators        integer not null,
    with_realisation  integer not null,
    scored_weight     numeric,   -- sum of the weights of its scored indicators
    weighted_sum      numeric,   -- sum of weight x capaian over them
    primary key (version_id, year, owner_agency_id)
);
create index owner_score_year_idx on owner_score (year, owner_agency_id);

create table tree_score (
    version_id        bigint  not null references tree_version (id),
    year              integer not null,
    nodes             integer not null,
    indicators        integer not null,
    with_target       integer not null,
    with_realisation  integer not null,
    score             numeric,   -- weighted mean of the goals' rolled scores
    primary key (version_id, year)
);

-- Every indicator carrying a shared code, per year, with its figures: what shared-KPI coverage reads.
create table coded_indicator_score (
    version_id     bigint       not null references tree_version (id),
    year           integer      not null,
    key            varchar(100) not null,
    node_key       varchar(100) not null,
    level          varchar(16)  not null,
    position       integer      not null,
    code           varchar(100) not null,
    unit           varchar(100) not null,
    polarity       varchar(20)  not null,
    combine        varchar(10)  not null,
    weight         numeric      not null,
    target         numeric,
    min_value      numeric,
    max_value      numeric,
    realisation    numeric,
    reported_at    timestamp with time zone,
    achievement    numeric,
    primary key (version_id, year, key)
);
create index coded_indicator_score_code_idx on coded_indicator_score (year, code);

-- Which agencies' current trees carry which codes, per period: a code is shared when two agencies
-- carry it, which the coverage and cross-cutting reports ask of every code on every call.
create table code_carrier (
    period_id  bigint       not null references planning_period (id),
    code       varchar(100) not null,
    agency_id  bigint       not null references agency (id),
    primary key (period_id, code, agency_id)
);
create index code_carrier_agency_idx on code_carrier (period_id, agency_id);

-- Codes on the outcomes (GOAL, TARGET) of a version: where a shared code makes an outcome cross-cutting.
create table outcome_code (
    version_id  bigint       not null references tree_version (id),
    node_key    varchar(100) not null,
    code        varchar(100) not null,
    primary key (version_id, node_key, code)
);

-- Signatures of the statements of programmes and activities, for near-identical statements across
-- agencies: the hash of the statement's distinct content words (statement_words: lower case, without
-- punctuation and the commonest Indonesian function words, in any order), and for four such words or
-- more also of every set with one word left out. Two statements share a signature when their content
-- words are the same but for at most one added, dropped or replaced; an equality join then finds them,
-- where a trigram similarity join over a nation's statements cannot answer in time.
create function statement_words(statement text) returns text[]
    language sql immutable parallel safe as
$$
select array_agg(distinct w order by w)
from regexp_split_to_table(lower(statement), '[^[:alnum:]]+') w
where w <> '' and w not in ('di', 'ke', 'dari', 'dan', 'atau', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'atas',
                            'oleh', 'serta', 'bagi', 'melalui', 'terhadap', 'secara', 'sebagai', 'antara', 'akan',
                            'adalah', 'ini', 'itu', 'tersebut', 'para')
$$;

-- The signatures of a statement's words (statement_words). One SELECT, so that PostgreSQL inlines it.
create function statement_signatures(words text[]) returns setof bigint
    language sql immutable parallel safe as
$$
select hashtextextended(array_to_string(words, ' '), 0)
union
select hashtextextended(array_to_string(array_remove(words, d), ' '), 0)
from unnest(words) d
where cardinality(words) >= 4
$$;

create table node_signature (
    version_id  bigint       not null references tree_version (id),
    node_key    varchar(100) not null,
    signature   bigint       not null,
    primary key (version_id, node_key, signature)
);
-- hash: signatures are only ever compared for equality, and a hash index takes their random values cheaper
create index node_signature_idx on node_signature using hash (signature);
-- Statements are no longer compared by a trigram join, and text search (ILIKE over every level) never
-- used this partial index; dropping it lightens every tree write.
drop index tree_node_statement_trgm_idx;

-- Integrity findings that depend on the version alone (versions never change): found once, when the
-- version is stored, instead of scanning a nation's nodes on every integrity report.
create table version_finding (
    version_id     bigint       not null references tree_version (id),
    rule           varchar(40)  not null,
    severity       varchar(8)   not null,
    node_key       varchar(100) not null,
    indicator_key  varchar(100),
    position       integer      not null,
    message        text         not null
);
create index version_finding_version_idx on version_finding (version_id);

-- Outcomes of a tree in document order, for the reports listed by outcome.
create index tree_node_outcome_idx on tree_node (version_id, position) where level in ('GOAL', 'TARGET');

-- The cap the stored scores were computed with; the application rescores every tree at start when
-- its configured cap differs.
create table score_basis (
    cap numeric
);
insert into score_basis values (null);

-- (Re)computes the scores (and the other facts above) of one version of a tree for one year, or for every year of its period when
-- p_year is null, and drops the scores of the tree's other versions. Formulas: DOMAIN.md, capaian().
-- A roll-up goes level by level from SUB_ACTIVITY up to GOAL: a node's rolled score is the weighted
-- mean of its scored children's rolled scores (a child weighing its indicators' weights, 1 without),
-- and its own score when no child has one. No realisation means no score, never 0.
create function refresh_scores(p_version bigint, p_year integer, p_cap numeric) returns void
    language plpgsql as
$$
declare
    v_tree bigint;
    v_table text;
    -- each level and the level of its children, from the lowest parent up
    v_levels constant text[][] := array[['ACTIVITY', 'SUB_ACTIVITY'], ['PROGRAM', 'ACTIVITY'], ['TARGET', 'PROGRAM'],
                                        ['GOAL', 'TARGET']];
    v_step text[];
begin
    select tree_id into v_tree from tree_version where id = p_version;
    -- One refresh of a tree at a time: two realisations written at once would otherwise both replace
    -- the same rows. Every later statement sees what the other refresh committed.
    perform 1 from cascade_tree where id = v_tree for update;

    -- the tree's other versions lose everything; this version the years being recomputed
    foreach v_table in array array['node_score', 'owner_score', 'tree_score', 'coded_indicator_score'] loop
        execute format('delete from %I s using tree_version v where v.tree_id = $1 and s.version_id = v.id '
                       'and (v.id <> $2 or $3 is null or s.year = $3)', v_table) using v_tree, p_version, p_year;
    end loop;
    foreach v_table in array array['outcome_code', 'node_signature', 'version_finding'] loop
        execute format('delete from %I s using tree_version v where v.tree_id = $1 and s.version_id = v.id '
                       'and (v.id <> $2 or $3 is null)', v_table) using v_tree, p_version, p_year;
    end loop;

    with period_year as (
        select y as year
        from cascade_tree t
        join planning_period p on p.id = t.period_id
        cross join generate_series(p.first_year, p.last_year) y
        where t.id = v_tree and (p_year is null or y = p_year)
    ), ind as (
        select y.year, i.key, i.node_key, i.weight, i.code, i.unit, i.polarity, i.combine, i.position,
               t.value as target, t.min_value, t.max_value, r.value as realisation, r.reported_at,
               t.value is not null or t.min_value is not null as has_target, r.value is not null as has_realisation,
               capaian(i.polarity, t.value, t.min_value, t.max_value, r.value, p_cap) as achievement
        from indicator i
        cross join period_year y
        left join indicator_target t on t.version_id = i.version_id and t.indicator_key = i.key and t.year = y.year
        left join realisation r on r.tree_id = v_tree and r.indicator_key = i.key and r.year = y.year
        where i.version_id = p_version
    ), own as (
        select year, node_key, sum(weight) as weight, count(*) as indicators,
               count(*) filter (where has_target) as with_target, count(*) filter (where has_realisation) as with_realisation,
               sum(weight * achievement) / sum(weight) filter (where achievement is not null) as score
        from ind group by year, node_key
    ), node as (
        select y.year, n.key, n.parent_key, n.level, coalesce(o.weight, 1) as weight, coalesce(o.indicators, 0) as indicators,
               coalesce(o.with_target, 0) as with_target, coalesce(o.with_realisation, 0) as with_realisation,
               o.score as own
        from tree_node n
        cross join period_year y
        left join own o on o.year = y.year and o.node_key = n.key
        where n.version_id = p_version
    ), subtree_input as (
        -- every activity and sub-activity counts for itself (a sub-activity) and for each node above it
        select y.year, k.key, sum((n.budget ->> y.year::text)::numeric) as budget, sum(n.staff_fte) as staff
        from tree_node n
        cross join period_year y
        cross join lateral unnest(array[n.goal_key, n.target_key, n.program_key, n.activity_key,
                                        case when n.level = 'SUB_ACTIVITY' then n.key end]) k (key)
        where n.version_id = p_version and n.level in ('ACTIVITY', 'SUB_ACTIVITY') and k.key is not null
        group by y.year, k.key
    ), nodes as (
        -- rolled starts as the node's own score; the roll-up below replaces it where children are scored
        insert into node_score (version_id, year, key, weight, indicators, with_target, with_realisation, own, rolled,
                                budget, staff)
        select p_version, n.year, n.key, n.weight, n.indicators, n.with_target, n.with_realisation, n.own, n.own,
               i.budget, i.staff
        from node n
        left join subtree_input i on i.year = n.year and i.key = n.key
    ), coded as (
        insert into coded_indicator_score (version_id, year, key, node_key, level, position, code, unit, polarity, combine,
                                           weight, target, min_value, max_value, realisation, reported_at, achievement)
        select p_version, i.year, i.key, i.node_key, n.level, i.position, i.code, i.unit, i.polarity, i.combine, i.weight,
               i.target, i.min_value, i.max_value, i.realisation, i.reported_at, i.achievement
        from ind i
        join tree_node n on n.version_id = p_version and n.key = i.node_key
        where i.code is not null
    )
    insert into owner_score (version_id, year, owner_agency_id, indicators, with_realisation, scored_weight, weighted_sum)
    select p_version, i.year, n.owner_agency_id, count(*), count(*) filter (where i.has_realisation),
           sum(i.weight) filter (where i.achievement is not null), sum(i.weight * i.achievement)
    from ind i
    join tree_node n on n.version_id = p_version and n.key = i.node_key
    group by i.year, n.owner_agency_id;

    -- Level by level from the bottom: a node's rolled score is the weighted mean of its scored children's
    -- rolled scores (a child weighing its indicators' weights, 1 without), its own when none is scored.
    foreach v_step slice 1 in array v_levels loop
        update node_score p set rolled = c.score
        from (select s.year, n.parent_key, sum(s.weight * s.rolled) / sum(s.weight) as score
              from node_score s
              join tree_node n on n.version_id = s.version_id and n.key = s.key
              where s.version_id = p_version and (p_year is null or s.year = p_year) and n.level = v_step[2]
                and s.rolled is not null
              group by s.year, n.parent_key) c
        where p.version_id = p_version and p.year = c.year and p.key = c.parent_key;
    end loop;

    insert into tree_score (version_id, year, nodes, indicators, with_target, with_realisation, score)
    select p_version, y.year, count(s.key), coalesce(sum(s.indicators), 0), coalesce(sum(s.with_target), 0),
           coalesce(sum(s.with_realisation), 0),
           sum(s.weight * s.rolled) filter (where n.level = 'GOAL')
               / sum(s.weight) filter (where n.level = 'GOAL' and s.rolled is not null)
    from cascade_tree t
    join planning_period pp on pp.id = t.period_id
    cross join generate_series(pp.first_year, pp.last_year) y (year)
    left join node_score s on s.version_id = p_version and s.year = y.year
    left join tree_node n on n.version_id = p_version and n.key = s.key
    where t.id = v_tree and (p_year is null or y.year = p_year)
    group by y.year;

    if p_year is null then
        delete from code_carrier c using cascade_tree t
        where t.id = v_tree and c.period_id = t.period_id and c.agency_id = t.agency_id;
        insert into code_carrier (period_id, code, agency_id)
        select distinct t.period_id, i.code, t.agency_id
        from indicator i
        join cascade_tree t on t.id = v_tree
        where i.version_id = p_version and i.code is not null;

        insert into outcome_code (version_id, node_key, code)
        select distinct i.version_id, i.node_key, i.code
        from indicator i
        join tree_node n on n.version_id = i.version_id and n.key = i.node_key and n.level in ('GOAL', 'TARGET')
        where i.version_id = p_version and i.code is not null;

        insert into node_signature (version_id, node_key, signature)
        select n.version_id, n.key, signature
        from tree_node n
        -- the words once per node (offset 0), not once per use inside the signatures
        cross join lateral (select statement_words(n.statement) as words offset 0) w
        cross join lateral statement_signatures(w.words) signature
        where n.version_id = p_version and n.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY') and w.words is not null;

        insert into version_finding (version_id, rule, severity, node_key, indicator_key, position, message)
        select n.version_id, 'NODE_WITHOUT_INDICATORS', 'WARNING', n.key, null, n.position, 'the node has no performance indicator'
        from tree_node n
        where n.version_id = p_version
          and not exists (select 1 from indicator i where i.version_id = n.version_id and i.node_key = n.key)
        union all
        select i.version_id, 'MISSING_TARGET', 'WARNING', i.node_key, i.key, n.position,
               'no target for ' || string_agg(y::text, ', ' order by y)
        from indicator i
        join tree_node n on n.version_id = i.version_id and n.key = i.node_key
        join cascade_tree t on t.id = v_tree
        join planning_period p on p.id = t.period_id
        cross join generate_series(p.first_year, p.last_year) y
        where i.version_id = p_version
          and not exists (select 1 from indicator_target x
                          where x.version_id = i.version_id and x.indicator_key = i.key and x.year = y)
        group by i.version_id, i.node_key, i.key, n.position
        union all
        select n.version_id, 'ACTIVITY_WITHOUT_INPUTS', 'WARNING', n.key, null, n.position,
               'no budget, staff or facilities on this ' || n.level
        from tree_node n
        where n.version_id = p_version and n.level in ('ACTIVITY', 'SUB_ACTIVITY')
          and n.budget is null and n.staff_fte is null and n.facilities is null;
    end if;
end
$$;

-- Between two agencies, the links that exclude a pair of their nodes from the duplication candidates.
create index crosscutting_link_pair_idx on crosscutting_link (source_agency_id, target_agency_id);

-- Duplication candidates (DOMAIN.md): programmes and activities of two agencies' current trees that carry
-- the same shared code or share a statement signature with a trigram similarity of at least p_threshold,
-- with no proposed or accepted link between the two agencies on either node. In agency, node position,
-- other agency, other position order; over every tree (p_agency null) a pair appears once, under the
-- agency whose code sorts first; for one agency, every pair of its nodes appears under it.
-- Nationally the pairs can run to millions, so the trees and their nodes are walked in that order and
-- the walk stops once p_offset + p_limit rows are found: a page costs what comes before it, not the nation.
create function duplication_candidates(p_period bigint, p_agency bigint, p_threshold real, p_limit integer,
                                       p_offset bigint)
    returns table (agency varchar, node varchar, level varchar, statement text, other_agency varchar,
                   other_node varchar, other_level varchar, other_statement text, reasons text[], codes varchar[],
                   similarity numeric)
    language plpgsql stable as
$$
#variable_conflict use_column
declare
    t      record;
    x      record;
    found  bigint := 0;
    added  bigint;
begin
    for t in select ct.agency_id, ct.version_id, ct.period_id, a.code
             from current_tree ct join agency a on a.id = ct.agency_id
             where ct.period_id = p_period and (p_agency is null or ct.agency_id = p_agency)
             order by a.code
    loop
        for x in select n.key, n.level, n.statement
                 from tree_node n
                 where n.version_id = t.version_id and n.level in ('PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY')
                 order by n.position
        loop
            return query
            select t.code, x.key, x.level, x.statement, ya.code, y.key, y.level, y.statement, c.reasons, c.codes,
                   round(similarity(x.statement, y.statement)::numeric, 3)
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
                          and similarity(x.statement, os.statement) >= p_threshold) c
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

-- No per-value statistics on the version columns: every write adds a version the statistics have not
-- seen, and with every earlier version in the most-common-values list PostgreSQL prices a new one at a
-- single row and plans its reads (rendering its documents, scoring it, reading it back) as nested loops
-- over thousands of rows. Without them it prices a version as a fair share of the table.
alter table tree_node alter column version_id set statistics 0;
alter table indicator alter column version_id set statistics 0;
alter table indicator_target alter column version_id set statistics 0;
alter table tree_node_document alter column version_id set statistics 0;
alter table node_score alter column version_id set statistics 0;
alter table coded_indicator_score alter column version_id set statistics 0;
alter table node_signature alter column version_id set statistics 0;
alter table version_finding alter column version_id set statistics 0;
