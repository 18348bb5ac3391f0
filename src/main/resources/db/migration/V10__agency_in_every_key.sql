-- Every per-agency table carries agency_id, in its primary key, its unique keys and in the foreign keys between
-- such tables, so that Citus can distribute them by agency as they stand (docs/scaling.md). agency_id comes last
-- in each key: lookups by version or tree keep using the same index prefixes as before. The other tables (agency,
-- period, code tables, links, generations) are reference tables; DistributionCatalogueTest keeps both rules.

do $$
declare
    name text;
begin
    alter table tree_version add column agency_id bigint;
    update tree_version v set agency_id = c.agency_id from cascade_tree c where c.id = v.tree_id;
    foreach name in array array['tree_node', 'indicator', 'indicator_target', 'indicator_scale', 'indicator_quarter_target',
                             'tree_node_document', 'node_score', 'owner_score', 'tree_score', 'coded_indicator_score',
                             'outcome_code', 'node_signature', 'version_finding'] loop
        execute format('alter table %I add column agency_id bigint', name);
        execute format('update %I x set agency_id = v.agency_id from tree_version v where v.id = x.version_id', name);
    end loop;
    foreach name in array array['realisation', 'realisation_history', 'realisation_transition', 'realisation_to_date',
                             'indicator_standing', 'evidence_file', 'node_budget', 'budget_rollup', 'agreement',
                             'score_pending'] loop
        execute format('alter table %I add column agency_id bigint', name);
        execute format('update %I x set agency_id = t.agency_id from cascade_tree t where t.id = x.tree_id', name);
    end loop;
    foreach name in array array['agreement_indicator', 'agreement_programme', 'action_plan_target', 'action_plan_activity'] loop
        execute format('alter table %I add column agency_id bigint', name);
        execute format('update %I x set agency_id = a.agency_id from agreement a where a.id = x.agreement_id', name);
    end loop;
    alter table evidence_content add column agency_id bigint;
    update evidence_content c set agency_id = f.agency_id from evidence_file f where f.id = c.evidence_id;
    -- the keys are rebuilt below: every foreign key between per-agency tables goes first
    for name in
        select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname)
        from pg_constraint c
        where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
          and c.confrelid::regclass::text in ('cascade_tree', 'tree_version', 'tree_node', 'indicator', 'indicator_target',
                                              'realisation', 'agreement', 'agreement_indicator', 'evidence_file')
    loop
        execute name;
    end loop;
    for name in
        select c.relname from pg_attribute a join pg_class c on c.oid = a.attrelid
        where a.attname = 'agency_id' and c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
    loop
        execute format('alter table %I alter column agency_id set not null', name);
    end loop;
end
$$;

-- primary and unique keys: the same columns, then agency_id
alter table cascade_tree drop constraint cascade_tree_pkey, add primary key (id, agency_id);
alter table tree_version drop constraint tree_version_pkey, add primary key (id, agency_id),
    drop constraint tree_version_tree_id_version_key, add unique (tree_id, version, agency_id);
alter table tree_node drop constraint tree_node_pkey, add primary key (version_id, key, agency_id);
alter table indicator drop constraint indicator_pkey, add primary key (version_id, key, agency_id);
alter table indicator_target drop constraint indicator_target_pkey, add primary key (version_id, indicator_key, year, agency_id);
alter table indicator_scale drop constraint indicator_scale_pkey, add primary key (version_id, indicator_key, position, agency_id),
    drop constraint indicator_scale_version_id_indicator_key_label_key, add unique (version_id, indicator_key, label, agency_id);
alter table indicator_quarter_target drop constraint indicator_quarter_target_pkey,
    add primary key (version_id, indicator_key, year, quarter, agency_id);
alter table tree_node_document drop constraint tree_node_document_pkey, add primary key (version_id, position, agency_id);
alter table node_score drop constraint node_score_pkey, add primary key (version_id, year, key, agency_id);
alter table owner_score drop constraint owner_score_pkey, add primary key (version_id, year, owner_agency_id, agency_id);
alter table tree_score drop constraint tree_score_pkey, add primary key (version_id, year, agency_id);
alter table coded_indicator_score drop constraint coded_indicator_score_pkey, add primary key (version_id, year, key, agency_id);
alter table outcome_code drop constraint outcome_code_pkey, add primary key (version_id, node_key, code, agency_id);
alter table node_signature drop constraint node_signature_pkey, add primary key (version_id, node_key, signature, agency_id);
alter table realisation drop constraint realisation_pkey, add primary key (tree_id, indicator_key, year, period, agency_id);
alter table realisation_history drop constraint realisation_history_pkey, add primary key (id, agency_id);
alter table realisation_transition drop constraint realisation_transition_pkey, add primary key (id, agency_id);
alter table realisation_to_date drop constraint realisation_to_date_pkey,
    add primary key (tree_id, indicator_key, year, quarter, agency_id);
alter table indicator_standing drop constraint indicator_standing_pkey,
    add primary key (tree_id, year, quarter, indicator_key, agency_id)
        include (position, first_missing_month, projected_achievement, verified_projected_achievement);
alter table evidence_file drop constraint evidence_file_pkey, add primary key (id, agency_id);
alter table evidence_content drop constraint evidence_content_pkey, add primary key (evidence_id, agency_id);
alter table node_budget drop constraint node_budget_pkey, add primary key (tree_id, year, node_key, agency_id);
alter table budget_rollup drop constraint budget_rollup_pkey, add primary key (tree_id, year, node_key, agency_id);
alter table score_pending drop constraint score_pending_pkey, add primary key (id, agency_id);
alter table agreement drop constraint agreement_pkey, add primary key (id, agency_id),
    drop constraint agreement_tree_id_year_version_key, add unique (tree_id, year, version, agency_id);
alter table agreement_indicator drop constraint agreement_indicator_pkey, add primary key (agreement_id, indicator_key, agency_id);
alter table agreement_programme drop constraint agreement_programme_pkey, add primary key (agreement_id, node_key, agency_id);
alter table action_plan_target drop constraint action_plan_target_pkey,
    add primary key (agreement_id, indicator_key, quarter, agency_id);
alter table action_plan_activity drop constraint action_plan_activity_pkey, add primary key (agreement_id, node_key, agency_id);

-- foreign keys: the same references, agency_id with agency_id
do $$
declare
    name text;
begin
    foreach name in array array['tree_node', 'tree_node_document', 'node_score', 'owner_score', 'tree_score',
                                'coded_indicator_score', 'outcome_code', 'node_signature', 'version_finding'] loop
        execute format('alter table %I add foreign key (version_id, agency_id) references tree_version (id, agency_id)', name);
    end loop;
    foreach name in array array['tree_version', 'realisation', 'realisation_history', 'realisation_transition',
                                'realisation_to_date', 'indicator_standing', 'evidence_file', 'node_budget', 'budget_rollup',
                                'agreement'] loop
        execute format('alter table %I add foreign key (tree_id, agency_id) references cascade_tree (id, agency_id)', name);
    end loop;
    foreach name in array array['agreement_indicator', 'agreement_programme', 'action_plan_target',
                                'action_plan_activity'] loop
        execute format('alter table %I add foreign key (agreement_id, agency_id) references agreement (id, agency_id) '
                       'on delete cascade', name);
    end loop;
end
$$;
alter table tree_node add foreign key (version_id, parent_key, agency_id) references tree_node (version_id, key, agency_id);
alter table indicator add foreign key (version_id, node_key, agency_id) references tree_node (version_id, key, agency_id);
alter table indicator_target
    add foreign key (version_id, indicator_key, agency_id) references indicator (version_id, key, agency_id);
alter table indicator_scale
    add foreign key (version_id, indicator_key, agency_id) references indicator (version_id, key, agency_id);
alter table indicator_quarter_target add foreign key (version_id, indicator_key, year, agency_id)
    references indicator_target (version_id, indicator_key, year, agency_id);
alter table evidence_file add foreign key (tree_id, indicator_key, year, period, agency_id)
    references realisation (tree_id, indicator_key, year, period, agency_id);
alter table evidence_content
    add foreign key (evidence_id, agency_id) references evidence_file (id, agency_id) on delete cascade;
alter table score_pending add foreign key (tree_id, agency_id) references cascade_tree (id, agency_id) on delete cascade;
alter table agreement add foreign key (tree_version_id, agency_id) references tree_version (id, agency_id);
alter table action_plan_target add foreign key (agreement_id, indicator_key, agency_id)
    references agreement_indicator (agreement_id, indicator_key, agency_id) on delete cascade;
-- An agreement's superior is another agency's agreement, on another shard once distributed: no foreign key can
-- hold it there. AgreementService only names a superior's signed agreement, and signed agreements are never deleted.
