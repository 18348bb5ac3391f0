package id.sinergi.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every table is either one that answers are computed from, whose every insert, update and delete notes the
 * periods it changes (V8), or one written only together with such a table in the same transaction, or derived
 * from them (scores and the rest ScoreStore keeps after commit: an answer that reads them is computed only after
 * its period's pending rescorings). A new table fails this test until it is classified: unclassified, a write to
 * it could leave a kept answer stale.
 */
@QuarkusTest
class GenerationCatalogueTest {

    private static final Set<String> NOTED = Set.of("agency", "planning_period", "nomenclature", "cascade_tree",
            "crosscutting_link", "reporting_lock", "tree_version", "realisation", "realisation_history",
            "realisation_transition", "evidence_file", "node_budget", "agreement", "action_plan_target",
            "action_plan_activity");

    /** Tables not noted, each with the noted table it is written with (or why it needs no note). */
    private static final Map<String, String> WRITTEN_WITH = Map.ofEntries(
            Map.entry("tree_node", "tree_version"), Map.entry("indicator", "tree_version"),
            Map.entry("indicator_target", "tree_version"), Map.entry("indicator_scale", "tree_version"),
            Map.entry("indicator_quarter_target", "tree_version"), Map.entry("tree_node_document", "tree_version"),
            Map.entry("link_transition", "crosscutting_link"), Map.entry("agreement_indicator", "agreement"),
            Map.entry("agreement_programme", "agreement"), Map.entry("evidence_content", "evidence_file"),
            Map.entry("node_score", "derived"), Map.entry("owner_score", "derived"), Map.entry("tree_score", "derived"),
            Map.entry("coded_indicator_score", "derived"), Map.entry("code_carrier", "derived"),
            Map.entry("outcome_code", "derived"), Map.entry("node_signature", "derived"),
            Map.entry("version_finding", "derived"), Map.entry("score_basis", "derived"),
            Map.entry("realisation_to_date", "derived"), Map.entry("indicator_standing", "derived"),
            Map.entry("budget_rollup", "derived"), Map.entry("score_pending", "derived: notes of what to derive"),
            Map.entry("idempotency_key", "no answer shows it"),
            Map.entry("data_generation", "the generations themselves"),
            Map.entry("generation_change", "the generations themselves"),
            Map.entry("flyway_schema_history", "the migrations"));

    @Inject
    DataSource dataSource;

    @Test
    void everyTableIsNotedOrWrittenWithOneThatIs() throws Exception {
        Map<String, Set<String>> triggers = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.relname as table_name, t.tgname as trigger_name
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     left join pg_trigger t on t.tgrelid = c.oid and t.tgname like '%\\_generation\\_%'
                     where n.nspname = current_schema() and c.relkind in ('r', 'p')""")) {
            while (rows.next()) {
                Set<String> names = triggers.computeIfAbsent(rows.getString("table_name"), name -> new TreeSet<>());
                if (rows.getString("trigger_name") != null) {
                    names.add(rows.getString("trigger_name"));
                }
            }
        }
        Set<String> noted = new TreeSet<>();
        Set<String> unclassified = new TreeSet<>();
        triggers.forEach((table, names) -> {
            if (!names.isEmpty()) {
                assertEquals(Set.of(table + "_generation_insert", table + "_generation_update", table + "_generation_delete"),
                        names, table + " notes every kind of write");
                noted.add(table);
            } else if (!WRITTEN_WITH.containsKey(table)) {
                unclassified.add(table);
            }
        });
        assertEquals(new TreeSet<>(NOTED), noted);
        assertEquals(Set.of(), unclassified, "tables neither noted (V8) nor listed as written with a noted one");
    }
}
