package id.sinergi.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema stays one that Citus can distribute by agency as it stands (docs/scaling.md): every table is either
 * distributed by agency or a reference table (copied to every node). A distributed table has agency_id, not null,
 * in its primary key and in every unique key, and its foreign keys to other distributed tables pair agency_id with
 * agency_id; a reference table has no foreign key to a distributed one. docs/scaling.md distributes exactly these
 * tables. A new table fails here until it is classified and keyed so.
 */
@QuarkusTest
class DistributionCatalogueTest {

    enum Kind { DISTRIBUTED, REFERENCE }

    private static final Set<String> REFERENCE = Set.of("agency", "planning_period", "nomenclature", "score_basis",
            "crosscutting_link", "link_transition", "code_carrier", "reporting_lock", "idempotency_key",
            "data_generation", "generation_change");

    static final Set<String> DISTRIBUTED = Set.of("cascade_tree", "tree_version", "tree_node", "indicator",
            "indicator_target", "indicator_scale", "indicator_quarter_target", "tree_node_document", "node_score",
            "owner_score", "tree_score", "coded_indicator_score", "outcome_code", "node_signature", "version_finding",
            "realisation", "realisation_history", "realisation_transition", "realisation_to_date", "indicator_standing",
            "evidence_file", "evidence_content", "node_budget", "budget_rollup", "agreement", "agreement_indicator",
            "agreement_programme", "action_plan_target", "action_plan_activity", "score_pending");

    /** Flyway's own bookkeeping stays on the coordinator. */
    private static final Set<String> LOCAL = Set.of("flyway_schema_history");

    @Inject
    DataSource dataSource;

    @Test
    void everyTableIsDistributedByAgencyOrAReferenceTableAndKeyedSo() throws Exception {
        Map<String, Kind> kinds = new TreeMap<>();
        REFERENCE.forEach(table -> kinds.put(table, Kind.REFERENCE));
        DISTRIBUTED.forEach(table -> kinds.put(table, Kind.DISTRIBUTED));
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), violations(connection, connection.getSchema(), kinds));
        }
    }

    @Test
    void theRulesCatchATableThatBreaksThem() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create schema distribution_probe;
                    create table distribution_probe.region (id bigint primary key);
                    create table distribution_probe.plan (id bigint primary key, agency_id bigint not null,
                                                          region_id bigint references distribution_probe.region (id));
                    create table distribution_probe.step (plan_id bigint references distribution_probe.plan (id),
                                                          agency_id bigint, code text unique);
                    create table distribution_probe.note (plan_id bigint references distribution_probe.plan (id));
                    create table distribution_probe.stray (x integer)""");
            try {
                List<String> found = violations(connection, "distribution_probe", Map.of("region", Kind.REFERENCE,
                        "plan", Kind.DISTRIBUTED, "step", Kind.DISTRIBUTED, "note", Kind.REFERENCE, "gone", Kind.REFERENCE));
                assertEquals(List.of(
                        "gone: classified but no such table",
                        "note: a reference table with a foreign key to distributed plan (note_plan_id_fkey)",
                        "plan: key plan_pkey lacks agency_id",
                        "step: agency_id may be null",
                        "step: foreign key step_plan_id_fkey to plan does not pair agency_id with agency_id",
                        "step: key step_code_key lacks agency_id",
                        "stray: neither distributed by agency nor a reference table"), found);
            } finally {
                statement.execute("drop schema distribution_probe cascade");
            }
        }
    }

    @Test
    void scalingGuideDistributesExactlyTheseTables() throws IOException {
        String guide = Files.readString(Path.of("docs/scaling.md"));
        assertEquals(new TreeSet<>(DISTRIBUTED), called(guide, "create_distributed_table"),
                "docs/scaling.md: create_distributed_table calls");
        assertEquals(new TreeSet<>(REFERENCE), called(guide, "create_reference_table"),
                "docs/scaling.md: create_reference_table calls");
    }

    private static Set<String> called(String text, String function) {
        Matcher calls = Pattern.compile("select " + function + "\\('([a-z_]+)'").matcher(text);
        Set<String> tables = new TreeSet<>();
        while (calls.find()) {
            tables.add(calls.group(1));
        }
        return tables;
    }

    /** What breaks the rules in the schema, one line each, sorted. */
    static List<String> violations(Connection connection, String schema, Map<String, Kind> kinds) throws SQLException {
        List<String> found = new ArrayList<>();
        Map<String, Boolean> agencyNotNull = new TreeMap<>();
        try (ResultSet tables = query(connection, """
                select c.relname as table_name, a.attnotnull as agency_not_null
                from pg_class c
                left join pg_attribute a on a.attrelid = c.oid and a.attname = 'agency_id' and not a.attisdropped
                where c.relnamespace = ?::regnamespace and c.relkind in ('r', 'p')""", schema)) {
            while (tables.next()) {
                agencyNotNull.put(tables.getString("table_name"), (Boolean) tables.getObject("agency_not_null"));
            }
        }
        kinds.keySet().stream().filter(table -> !agencyNotNull.containsKey(table))
                .forEach(table -> found.add(table + ": classified but no such table"));
        agencyNotNull.forEach((table, notNull) -> {
            Kind kind = kinds.get(table);
            if (kind == null && !LOCAL.contains(table)) {
                found.add(table + ": neither distributed by agency nor a reference table");
            } else if (kind == Kind.DISTRIBUTED && notNull == null) {
                found.add(table + ": no agency_id");
            } else if (kind == Kind.DISTRIBUTED && !notNull) {
                found.add(table + ": agency_id may be null");
            }
        });
        try (ResultSet keys = query(connection, """
                select t.relname as table_name, k.relname as key_name,
                       exists (select 1 from unnest(i.indkey::int2[]) with ordinality as c (attnum, n)
                               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = c.attnum
                               where c.n <= i.indnkeyatts and a.attname = 'agency_id') as has_agency
                from pg_index i
                join pg_class t on t.oid = i.indrelid
                join pg_class k on k.oid = i.indexrelid
                where i.indisunique and t.relnamespace = ?::regnamespace""", schema)) {
            while (keys.next()) {
                if (kinds.get(keys.getString("table_name")) == Kind.DISTRIBUTED && !keys.getBoolean("has_agency")) {
                    found.add(keys.getString("table_name") + ": key " + keys.getString("key_name") + " lacks agency_id");
                }
            }
        }
        try (ResultSet references = query(connection, """
                select f.conname as key_name, c.relname as table_name, p.relname as referenced,
                       exists (select 1 from unnest(f.conkey, f.confkey) as k (own, theirs)
                               join pg_attribute o on o.attrelid = f.conrelid and o.attnum = k.own
                               join pg_attribute r on r.attrelid = f.confrelid and r.attnum = k.theirs
                               where o.attname = 'agency_id' and r.attname = 'agency_id') as by_agency
                from pg_constraint f
                join pg_class c on c.oid = f.conrelid
                join pg_class p on p.oid = f.confrelid
                where f.contype = 'f' and f.connamespace = ?::regnamespace""", schema)) {
            while (references.next()) {
                String table = references.getString("table_name");
                String referenced = references.getString("referenced");
                String key = references.getString("key_name");
                if (kinds.get(referenced) != Kind.DISTRIBUTED) {
                    continue;
                }
                if (kinds.get(table) == Kind.REFERENCE) {
                    found.add(table + ": a reference table with a foreign key to distributed " + referenced + " (" + key + ")");
                } else if (kinds.get(table) == Kind.DISTRIBUTED && !references.getBoolean("by_agency")) {
                    found.add(table + ": foreign key " + key + " to " + referenced + " does not pair agency_id with agency_id");
                }
            }
        }
        return found.stream().sorted().collect(Collectors.toList());
    }

    private static ResultSet query(Connection connection, String sql, String schema) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, schema);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
