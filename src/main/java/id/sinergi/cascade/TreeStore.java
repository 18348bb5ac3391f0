package id.sinergi.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.cascade.TreeSubmission.Indicator;
import id.sinergi.cascade.TreeSubmission.Node;
import id.sinergi.cascade.TreeSubmission.QuarterTarget;
import id.sinergi.cascade.TreeSubmission.Target;
import id.sinergi.cascade.TreeValidator.FlatNode;
import id.sinergi.cascade.TreeValidator.SharedCodeUse;
import id.sinergi.common.CopyRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Tree content in SQL: writes a validated tree into a version with COPY, and reads documents back as the
 * JSON the database builds (views node_document and indicator_document). Runs inside the caller's
 * transaction: the data source hands out the transaction's connection.
 */
@ApplicationScoped
public class TreeStore {

    @Inject
    Jdbi jdbi;

    @Inject
    ObjectMapper json;

    /** Writes the nodes, indicators and targets of a validated tree into the given version of the agency's tree. */
    public void write(long agencyId, long versionId, List<FlatNode> nodes) {
        Set<String> agencyCodes = new HashSet<>();
        Set<String> periodCodes = new HashSet<>();
        for (FlatNode n : nodes) {
            agencyCodes.add(n.node().owner().agency());
            if (n.node().supports() != null) {
                agencyCodes.add(n.node().supports().agency());
                periodCodes.add(n.node().supports().period());
            }
        }
        jdbi.useHandle(handle -> {
            Map<String, Long> agencyIds = ids(handle, "agency", agencyCodes);
            Map<String, Long> periodIds = ids(handle, "planning_period", periodCodes);
            Map<String, FlatNode> byKey = new HashMap<>();
            nodes.forEach(n -> byKey.put(n.node().key(), n));
            CopyRows nodeRows = new CopyRows();
            IndicatorRows indicators = new IndicatorRows();
            int indicatorPosition = 0;
            for (int position = 0; position < nodes.size(); position++) {
                FlatNode flat = nodes.get(position);
                Node node = flat.node();
                nodeRows.number(agencyId).number(versionId).text(node.key()).number(position).text(flat.parent()).text(node.level().name())
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
                    nodeRows.text(node.inputs().budget() == null ? null : budget(node.inputs().budget()))
                            .number(node.inputs().staff()).text(node.inputs().facilities());
                }
                nodeRows.textArray(node.tags()).text(node.code());
                String[] outline = outline(flat, byKey);
                for (String ancestor : outline) {
                    nodeRows.text(ancestor);
                }
                nodeRows.endRow();
                if (node.indicators() == null) {
                    continue;
                }
                for (Indicator indicator : node.indicators()) {
                    indicators.add(agencyId, versionId, node.key(), indicatorPosition++, indicator);
                }
            }
            nodeRows.copyInto(handle, "tree_node (agency_id, version_id, key, position, parent_key, level, statement, "
                    + "owner_agency_id, owner_position, supports_agency_id, supports_period_id, supports_key, budget, "
                    + "staff_fte, facilities, tags, nomenclature_code, goal_key, target_key, program_key, activity_key)");
            indicators.copyInto(handle);
            handle.createUpdate("""
                    insert into tree_node_document (agency_id, version_id, position, doc)
                    select agency_id, version_id, position, doc from node_full_document
                    where version_id = :version and agency_id = :agency""")
                    .bind("agency", agencyId).bind("version", versionId).execute();
        });
    }

    /** The rows of a version's indicators, their scales, targets and quarterly targets, for COPY. */
    private static final class IndicatorRows {
        private final CopyRows indicators = new CopyRows();
        private final CopyRows scales = new CopyRows();
        private final CopyRows targets = new CopyRows();
        private final CopyRows quarterTargets = new CopyRows();

        void add(long agencyId, long versionId, String nodeKey, int position, Indicator indicator) {
            indicators.number(agencyId).number(versionId).text(indicator.key()).number(position).text(nodeKey)
                    .text(indicator.code()).text(indicator.name()).text(indicator.unit())
                    .bool(Boolean.TRUE.equals(indicator.iku())).text(indicator.polarity().name())
                    .number(indicator.weight() == null ? 1 : indicator.weight())
                    .number(indicator.baseline() == null ? null : indicator.baseline().year())
                    .number(indicator.baseline() == null ? null : indicator.baseline().value())
                    .text(indicator.definition()).text(indicator.formula()).text(indicator.dataSource())
                    .text(indicator.combineRule().name()).text(indicator.reportingFrequency().name())
                    .text(indicator.accumulationKind().name())
                    .endRow();
            if (indicator.scale() != null) {
                for (int level = 0; level < indicator.scale().size(); level++) {
                    scales.number(agencyId).number(versionId).text(indicator.key()).number(level).text(indicator.scale().get(level).label())
                            .number(indicator.scale().get(level).score()).endRow();
                }
            }
            if (indicator.targets() == null) {
                return;
            }
            // A QUALITATIVE target is a label; its score is the value capaian compares with.
            for (Target target : indicator.targets()) {
                targets.number(agencyId).number(versionId).text(indicator.key()).number(target.year())
                        .number(target.label() == null ? target.value() : indicator.scoreOf(target.label()))
                        .number(target.min()).number(target.max()).text(target.label()).endRow();
                if (target.quarters() == null) {
                    continue;
                }
                for (QuarterTarget quarter : target.quarters()) {
                    quarterTargets.number(agencyId).number(versionId).text(indicator.key()).number(target.year()).number(quarter.quarter())
                            .number(quarter.label() == null ? quarter.value() : indicator.scoreOf(quarter.label()))
                            .number(quarter.min()).number(quarter.max()).text(quarter.label()).endRow();
                }
            }
        }

        void copyInto(Handle handle) {
            indicators.copyInto(handle, "indicator (agency_id, version_id, key, position, node_key, code, name, unit, iku, polarity, "
                    + "weight, baseline_year, baseline_value, definition, formula, data_source, combine, reporting, accumulation)");
            scales.copyInto(handle, "indicator_scale (agency_id, version_id, indicator_key, position, label, score)");
            targets.copyInto(handle, "indicator_target (agency_id, version_id, indicator_key, year, value, min_value, max_value, label)");
            quarterTargets.copyInto(handle, "indicator_quarter_target (agency_id, version_id, indicator_key, year, quarter, value, "
                    + "min_value, max_value, label)");
        }
    }

    private String budget(Map<Integer, BigDecimal> budget) {
        try {
            return json.writeValueAsString(budget);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unwritable budget", e);
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
            select n.key, n.parent_key as parent, d.doc as json
            from tree_node n
            join tree_node_document d on d.version_id = n.version_id and d.position = n.position and d.agency_id = n.agency_id
            """;

    private static final RowMapper<NodeJson> NODE = ConstructorMapper.of(NodeJson.class);

    /** Every node of a version in submission order. */
    public List<NodeJson> nodes(TreeVersion version) {
        return jdbi.withHandle(handle -> handle.createQuery(NODE_JSON
                        + " where n.version_id = :version and n.agency_id = :agency order by n.position")
                .bind("version", version.id).bind("agency", version.agencyId).map(NODE).list());
    }

    /** The keys of node :key of version :version (of agency :agency) and of every node below it, as the relation below(key). */
    static final String BELOW = """
            with recursive below(key) as (
                select key from tree_node where version_id = :version and agency_id = :agency and key = :key
                union all
                select c.key from tree_node c
                join below b on c.version_id = :version and c.agency_id = :agency and c.parent_key = b.key
            )
            """;

    /** The node with the given key and all nodes below it, in submission order; empty when there is no such node. */
    public List<NodeJson> subtree(TreeVersion version, String key) {
        return jdbi.withHandle(handle -> handle.createQuery(BELOW + NODE_JSON
                        + " join below using (key) where n.version_id = :version and n.agency_id = :agency order by n.position")
                .bind("version", version.id).bind("agency", version.agencyId).bind("key", key).map(NODE).list());
    }

    /** The ancestors of a node, root first, as documents without indicators. */
    public List<String> ancestors(TreeVersion version, String key) {
        String sql = """
                with recursive above(key, parent_key, depth) as (
                    select key, parent_key, 0 from tree_node where version_id = :version and agency_id = :agency and key = :key
                    union all
                    select p.key, p.parent_key, a.depth + 1
                    from tree_node p join above a on p.version_id = :version and p.agency_id = :agency and p.key = a.parent_key
                )
                select n.doc::text as doc from node_document n join above a using (key)
                where n.version_id = :version and n.agency_id = :agency and a.depth > 0
                order by a.depth desc""";
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("version", version.id).bind("agency", version.agencyId)
                .bind("key", key).mapTo(String.class).list());
    }

    /** One element that differs between two versions: its document as shown, and for a change the fields that changed. */
    private record Difference(String key, String change, String shown, String fields) {
    }

    private static final RowMapper<Difference> DIFFERENCE = ConstructorMapper.of(Difference.class);

    /** Element-level differences between two versions, for nodes or for indicators. */
    public TreeDiff.Changes diff(TreeVersion from, TreeVersion to, boolean indicators) {
        // An indicator's document leaves out the node carrying it (nesting says it); the diff adds it back.
        String document = indicators ? "doc::jsonb || jsonb_build_object('node', node_key)" : "doc::jsonb";
        // What an added or removed element shows: its document in field order (an indicator's with its node last).
        String shown = indicators ? "left(doc::text, -1) || ', \"node\" : ' || to_json(node_key)::text || '}'" : "doc::text";
        String view = indicators ? "indicator_document" : "node_document";
        String sql = """
                with a as (select key, %3$s as shown, %1$s as doc from %2$s where version_id = :from and agency_id = :agency),
                     b as (select key, %3$s as shown, %1$s as doc from %2$s where version_id = :to and agency_id = :agency)
                select coalesce(a.key, b.key) as key,
                       case when a.key is null then 'ADDED' when b.key is null then 'REMOVED' else 'CHANGED' end as change,
                       coalesce(b.shown, a.shown) as shown,
                       (select json_agg(json_build_object('field', f.field, 'from', a.doc -> f.field, 'to', b.doc -> f.field)
                                        order by f.field)
                        from jsonb_object_keys(a.doc || b.doc) f(field)
                        where (a.doc -> f.field) is distinct from (b.doc -> f.field))::text as fields
                from a full join b on a.key = b.key
                where a.doc is distinct from b.doc
                order by 1""".formatted(document, view, shown);
        List<JsonNode> added = new ArrayList<>();
        List<JsonNode> removed = new ArrayList<>();
        List<TreeDiff.Changed> changed = new ArrayList<>();
        List<Difference> differences = jdbi.withHandle(handle -> handle.createQuery(sql)
                .bind("from", from.id).bind("to", to.id).bind("agency", to.agencyId).map(DIFFERENCE).list());
        try {
            for (Difference d : differences) {
                switch (d.change()) {
                    case "ADDED" -> added.add(json.readTree(d.shown()));
                    case "REMOVED" -> removed.add(json.readTree(d.shown()));
                    default -> changed.add(new TreeDiff.Changed(d.key(),
                            List.of(json.readValue(d.fields(), TreeDiff.FieldChange[].class))));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable version comparison", e);
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

            @Override
            public Set<String> unlistedNomenclatureCodes(Collection<String> codes) {
                return jdbi.withHandle(handle -> Set.copyOf(handle.createQuery("""
                        select c.code from unnest(:codes) c (code)
                        where exists (select 1 from nomenclature)
                          and not exists (select 1 from nomenclature n where n.code = c.code)""")
                        .bindArray("codes", String.class, codes).mapTo(String.class).list()));
            }
        };
    }

    private Map<String, Long> ids(Collection<String> codes, String table) {
        return jdbi.withHandle(handle -> ids(handle, table, codes));
    }

    private record CodeId(String code, long id) {
    }

    private static final RowMapper<CodeId> CODE_ID = ConstructorMapper.of(CodeId.class);

    private static Map<String, Long> ids(Handle handle, String table, Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (!codes.isEmpty()) {
            handle.createQuery("select code, id from " + table + " where code = any(:codes)")
                    .bindArray("codes", String.class, codes).map(CODE_ID).forEach(row -> ids.put(row.code(), row.id()));
        }
        return ids;
    }

    /** A code's first use in another tree, with the code it is for. */
    private record CodeUse(String code, @Nested SharedCodeUse use) {
    }

    private static final RowMapper<CodeUse> SHARED_CODE_USE = ConstructorMapper.of(CodeUse.class);

    /** Excludes the tree being revised: its own earlier version must not stop it from changing a unit. */
    private Map<String, SharedCodeUse> sharedCodeUses(Collection<String> codes, Long excludedTree) {
        String sql = """
                select distinct on (i.code) i.code, i.unit, i.polarity, i.combine, a.code as agency, i.key as indicator_key
                from indicator i
                join tree_version v on v.id = i.version_id and v.agency_id = i.agency_id
                join cascade_tree t on t.id = v.tree_id and t.agency_id = v.agency_id and t.current_version = v.version
                join agency a on a.id = t.agency_id
                where i.code = any(:codes) and t.id is distinct from :excludedTree
                order by i.code, t.created_at, i.key""";
        Map<String, SharedCodeUse> uses = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery(sql).bindArray("codes", String.class, codes)
                .bind("excludedTree", excludedTree).map(SHARED_CODE_USE).forEach(use -> uses.put(use.code(), use.use())));
        return uses;
    }
}
