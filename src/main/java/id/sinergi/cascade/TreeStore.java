package id.sinergi.cascade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.cascade.TreeSubmission.Indicator;
import id.sinergi.cascade.TreeSubmission.Node;
import id.sinergi.cascade.TreeSubmission.Target;
import id.sinergi.cascade.TreeValidator.FlatNode;
import id.sinergi.cascade.TreeValidator.SharedCodeUse;
import id.sinergi.common.CopyRows;
import id.sinergi.common.Sql;

/**
 * Tree content in SQL: writes a validated tree into a version with COPY, and reads documents back as the
 * JSON the database builds (views node_document and indicator_document). Runs inside the caller's
 * transaction: the data source hands out the transaction's connection.
 */
@ApplicationScoped
public class TreeStore {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Writes the nodes, indicators and targets of a validated tree into the given version. */
    public void write(long versionId, List<FlatNode> nodes) {
        Set<String> agencyCodes = new HashSet<>();
        Set<String> periodCodes = new HashSet<>();
        for (FlatNode n : nodes) {
            agencyCodes.add(n.node().owner().agency());
            if (n.node().supports() != null) {
                agencyCodes.add(n.node().supports().agency());
                periodCodes.add(n.node().supports().period());
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> agencyIds = ids(connection, "agency", agencyCodes);
            Map<String, Long> periodIds = ids(connection, "planning_period", periodCodes);
            Map<String, FlatNode> byKey = new HashMap<>();
            nodes.forEach(n -> byKey.put(n.node().key(), n));
            CopyRows nodeRows = new CopyRows();
            CopyRows indicatorRows = new CopyRows();
            CopyRows targetRows = new CopyRows();
            int indicatorPosition = 0;
            for (int position = 0; position < nodes.size(); position++) {
                FlatNode flat = nodes.get(position);
                Node node = flat.node();
                nodeRows.number(versionId).text(node.key()).number(position).text(flat.parent()).text(node.level().name())
                        .text(node.statement()).number(agencyIds.get(node.owner().agency())).text(node.owner().position());
                if (node.supports() == null) {
                    nodeRows.text(null).text(null).text(null);
                } else {
                    nodeRows.number(agencyIds.get(node.supports().agency())).number(periodIds.get(node.supports().period()))
                            .text(node.supports().key());
                }
                if (node.inputs() == null) {
                    nodeRows.text(null).text(null).text(null);
                } else {
                    nodeRows.text(node.inputs().budget() == null ? null : json.writeValueAsString(node.inputs().budget()))
                            .number(node.inputs().staff()).text(node.inputs().facilities());
                }
                nodeRows.textArray(node.tags());
                String[] outline = outline(flat, byKey);
                for (String ancestor : outline) {
                    nodeRows.text(ancestor);
                }
                nodeRows.endRow();
                if (node.indicators() == null) {
                    continue;
                }
                for (Indicator indicator : node.indicators()) {
                    indicatorRows.number(versionId).text(indicator.key()).number(indicatorPosition++).text(node.key())
                            .text(indicator.code()).text(indicator.name()).text(indicator.unit())
                            .bool(Boolean.TRUE.equals(indicator.iku())).text(indicator.polarity().name())
                            .number(indicator.weight() == null ? 1 : indicator.weight())
                            .number(indicator.baseline() == null ? null : indicator.baseline().year())
                            .number(indicator.baseline() == null ? null : indicator.baseline().value())
                            .text(indicator.definition()).text(indicator.formula()).text(indicator.dataSource())
                            .text(indicator.combineRule().name())
                            .endRow();
                    if (indicator.targets() != null) {
                        for (Target target : indicator.targets()) {
                            targetRows.number(versionId).text(indicator.key()).number(target.year()).number(target.value())
                                    .number(target.min()).number(target.max()).endRow();
                        }
                    }
                }
            }
            nodeRows.copyInto(connection, "tree_node (version_id, key, position, parent_key, level, statement, "
                    + "owner_agency_id, owner_position, supports_agency_id, supports_period_id, supports_key, budget, "
                    + "staff_fte, facilities, tags, goal_key, target_key, program_key, activity_key)");
            indicatorRows.copyInto(connection, "indicator (version_id, key, position, node_key, code, name, unit, iku, "
                    + "polarity, weight, baseline_year, baseline_value, definition, formula, data_source, combine)");
            targetRows.copyInto(connection, "indicator_target (version_id, indicator_key, year, value, min_value, max_value)");
            try (PreparedStatement render = connection.prepareStatement("""
                    insert into tree_node_document (version_id, position, doc)
                    select version_id, position, doc from node_full_document where version_id = ?""")) {
                render.setLong(1, versionId);
                render.executeUpdate();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Writing tree version " + versionId + " failed", e);
        }
    }

    /** The keys of the GOAL, TARGET, PROGRAM and ACTIVITY at or above a node (null where it has none). */
    static String[] outline(FlatNode node, Map<String, FlatNode> byKey) {
        String[] outline = new String[Level.SUB_ACTIVITY.ordinal()];
        for (FlatNode n = node; n != null; n = n.parent() == null ? null : byKey.get(n.parent())) {
            int depth = n.node().level().ordinal();
            if (depth < outline.length) {
                outline[depth] = n.node().key();
            }
        }
        return outline;
    }

    /** A node as the API shows it (JSON text, with its indicators), with the keys needed to nest it. */
    public record NodeJson(String key, String parent, String json) {
    }

    private static final String NODE_JSON = """
            select n.key, n.parent_key, d.doc
            from tree_node n
            join tree_node_document d on d.version_id = n.version_id and d.position = n.position
            """;

    /** Every node of a version in submission order. */
    public List<NodeJson> nodes(long versionId) {
        return queryNodes(NODE_JSON + " where n.version_id = ? order by n.position", versionId);
    }

    /** The node with the given key and all nodes below it, in submission order; empty when there is no such node. */
    public List<NodeJson> subtree(long versionId, String key) {
        return queryNodes("""
                with recursive below(key) as (
                    select key from tree_node where version_id = ? and key = ?
                    union all
                    select c.key from tree_node c join below b on c.version_id = ? and c.parent_key = b.key
                )
                """ + NODE_JSON + " join below using (key) where n.version_id = ? order by n.position",
                versionId, key, versionId, versionId);
    }

    /** The ancestors of a node, root first, as documents without indicators. */
    public List<String> ancestors(long versionId, String key) {
        String sql = """
                with recursive above(key, parent_key, depth) as (
                    select key, parent_key, 0 from tree_node where version_id = ? and key = ?
                    union all
                    select p.key, p.parent_key, a.depth + 1
                    from tree_node p join above a on p.version_id = ? and p.key = a.parent_key
                )
                select n.doc::text from node_document n join above a using (key)
                where n.version_id = ? and a.depth > 0
                order by a.depth desc""";
        List<String> path = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, sql, versionId, key, versionId, versionId);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                path.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the path of node " + key + " failed", e);
        }
        return path;
    }

    private List<NodeJson> queryNodes(String sql, Object... parameters) {
        List<NodeJson> nodes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                nodes.add(new NodeJson(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading tree nodes failed", e);
        }
        return nodes;
    }

    /** Element-level differences between two versions, for nodes or for indicators. */
    public TreeDiff.Changes diff(long fromVersionId, long toVersionId, boolean indicators) {
        // An indicator's document leaves out the node carrying it (nesting says it); the diff adds it back.
        String document = indicators ? "doc::jsonb || jsonb_build_object('node', node_key)" : "doc::jsonb";
        // What an added or removed element shows: its document in field order (an indicator's with its node last).
        String shown = indicators ? "left(doc::text, -1) || ', \"node\" : ' || to_json(node_key)::text || '}'" : "doc::text";
        String view = indicators ? "indicator_document" : "node_document";
        String sql = """
                with a as (select key, %3$s as shown, %1$s as doc from %2$s where version_id = ?),
                     b as (select key, %3$s as shown, %1$s as doc from %2$s where version_id = ?)
                select coalesce(a.key, b.key),
                       case when a.key is null then 'ADDED' when b.key is null then 'REMOVED' else 'CHANGED' end,
                       coalesce(b.shown, a.shown),
                       (select json_agg(json_build_object('field', f.field, 'from', a.doc -> f.field, 'to', b.doc -> f.field)
                                        order by f.field)
                        from jsonb_object_keys(a.doc || b.doc) f(field)
                        where (a.doc -> f.field) is distinct from (b.doc -> f.field))::text
                from a full join b on a.key = b.key
                where a.doc is distinct from b.doc
                order by 1""".formatted(document, view, shown);
        List<JsonNode> added = new ArrayList<>();
        List<JsonNode> removed = new ArrayList<>();
        List<TreeDiff.Changed> changed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, sql, fromVersionId, toVersionId);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                switch (rows.getString(2)) {
                    case "ADDED" -> added.add(json.readTree(rows.getString(3)));
                    case "REMOVED" -> removed.add(json.readTree(rows.getString(3)));
                    default -> changed.add(new TreeDiff.Changed(rows.getString(1),
                            List.of(json.readValue(rows.getString(4), TreeDiff.FieldChange[].class))));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Comparing tree versions failed", e);
        }
        return new TreeDiff.Changes(added, removed, changed);
    }


    /** What the validator needs from the database, for a submission to the given tree (null for a new tree). */
    public TreeValidator.References references(Long treeBeingRevised) {
        return new TreeValidator.References() {
            @Override
            public Set<String> knownAgencies(Collection<String> codes) {
                return ids(codes, "agency").keySet();
            }

            @Override
            public Set<String> knownPeriods(Collection<String> codes) {
                return ids(codes, "planning_period").keySet();
            }

            @Override
            public Map<String, SharedCodeUse> sharedCodeUses(Collection<String> codes) {
                return TreeStore.this.sharedCodeUses(codes, treeBeingRevised);
            }
        };
    }

    private Map<String, Long> ids(Collection<String> codes, String table) {
        try (Connection connection = dataSource.getConnection()) {
            return ids(connection, table, codes);
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up " + table + " codes failed", e);
        }
    }

    private static Map<String, Long> ids(Connection connection, String table, Collection<String> codes) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select code, id from " + table + " where code = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Excludes the tree being revised: its own earlier version must not stop it from changing a unit. */
    private Map<String, SharedCodeUse> sharedCodeUses(Collection<String> codes, Long excludedTree) {
        String sql = """
                select distinct on (i.code) i.code, i.unit, i.polarity, i.combine, a.code, i.key
                from indicator i
                join tree_version v on v.id = i.version_id
                join cascade_tree t on t.id = v.tree_id and t.current_version = v.version
                join agency a on a.id = t.agency_id
                where i.code = any(?) and t.id is distinct from ?
                order by i.code, t.created_at, i.key""";
        Map<String, SharedCodeUse> uses = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            statement.setObject(2, excludedTree, java.sql.Types.BIGINT);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    uses.put(rows.getString(1), new SharedCodeUse(rows.getString(2), Polarity.valueOf(rows.getString(3)),
                            CombineRule.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up shared indicator codes failed", e);
        }
        return uses;
    }
}
