package id.sinergi.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule of thumb that tells a statement Citus can route to one agency's shard (AgencyRouting). */
class AgencyRoutingRulesTest {

    @Test
    void aStatementTiedToOneAgencyPasses() {
        assertEquals(List.of(), AgencyRouting.violations("""
                select n.key, d.doc from tree_node n
                join tree_node_document d on d.version_id = n.version_id and d.agency_id = n.agency_id
                where n.version_id = :version and n.agency_id = :agency -- the agency_id of a tree_node"""));
        assertEquals(List.of(), AgencyRouting.violations(
                "update realisation set status = :to where tree_id = :tree and agency_id = :agency and period = 'from x'"));
        assertEquals(List.of(), AgencyRouting.violations(
                "select tv1_0.id from tree_version tv1_0 where tv1_0.tree_id=? and tv1_0.agency_id=?"));
        assertEquals(List.of(), AgencyRouting.violations(
                "insert into realisation_transition (agency_id, tree_id, note) values (:agency, :tree, :note)"));
        assertEquals(List.of(), AgencyRouting.violations("select code, id from agency where code = any(:codes)"));
    }

    @Test
    void aStatementThatRunsOnEveryShardIsCaught() {
        assertEquals(List.of("tree_node_document d: no condition on d.agency_id"), AgencyRouting.violations("""
                select n.key, d.doc from tree_node n join tree_node_document d on d.version_id = n.version_id
                where n.version_id = :version and n.agency_id = :agency"""));
        assertEquals(List.of("realisation: no condition on agency_id"), AgencyRouting.violations(
                "delete from realisation where tree_id = :tree and note = 'agency_id = :agency'"));
        assertEquals(List.of("insert into score_pending does not name agency_id"), AgencyRouting.violations(
                "insert into score_pending (tree_id, year) values (:tree, :year)"));
        assertEquals(List.of("no agency_id compared with a bound value"), AgencyRouting.violations(
                "select 1 from realisation r join realisation_history h on h.agency_id = r.agency_id"));
        assertEquals(List.of("cascade_tree t: no condition on t.agency_id"), AgencyRouting.violations(
                "select a.code from cascade_tree t join agency a on a.id = t.agency_id where t.id = :tree"));
        assertEquals(List.of("cascade_tree: no condition on agency_id"), AgencyRouting.violations(
                "update cascade_tree set agency_id=?,current_version=? where id=?"));
        assertEquals(List.of("cascade_tree ct1_0: no condition on ct1_0.agency_id"), AgencyRouting.violations(
                "select ct1_0.current_version from cascade_tree ct1_0 where ct1_0.id=?"));
        assertEquals(List.of("tree_node: no condition on agency_id", "tree_version tv: no condition on tv.agency_id"),
                AgencyRouting.violations("select (select count(*) from tree_node where version_id = tv.id) "
                        + "from tree_version tv where tv.tree_id = :tree and \"agency_id\" = :agency"));
    }
}
