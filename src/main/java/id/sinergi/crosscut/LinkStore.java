package id.sinergi.crosscut;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** What links need to know about the trees, asked of the current versions in SQL. */
@ApplicationScoped
public class LinkStore {

    /** Whether each end's node is in its agency's current tree; null for an end that names no node. */
    public record Presence(Boolean source, Boolean target) {
    }

    private static final String NODE_IN_CURRENT_TREE = """
            exists (select 1 from current_tree ct
                    join tree_node n on n.version_id = ct.version_id and n.agency_id = ct.agency_id
                    where ct.agency_id = %s and ct.period_id = l.period_id and n.key = %s)""";

    private record LinkPresence(long id, @Nested Presence presence) {
    }

    private static final RowMapper<LinkPresence> LINK_PRESENCE = ConstructorMapper.of(LinkPresence.class);

    @Inject
    Jdbi jdbi;

    public boolean nodeInCurrentTree(long agencyId, long periodId, String key) {
        return jdbi.withHandle(handle -> handle.createQuery("select exists (select 1 from current_tree ct "
                        + "join tree_node n on n.version_id = ct.version_id and n.agency_id = ct.agency_id "
                        + "where ct.agency_id = :agency and ct.period_id = :period and n.key = :key)")
                .bind("agency", agencyId).bind("period", periodId).bind("key", key).mapTo(Boolean.class).one());
    }

    /** Whether either agency's current tree in the period carries an indicator with the code. */
    public boolean codeCarried(long periodId, String code, long agencyId, long otherAgencyId) {
        return jdbi.withHandle(handle -> handle.createQuery("select exists (select 1 from current_tree ct "
                        + "join indicator i on i.version_id = ct.version_id and i.agency_id = ct.agency_id "
                        + "where ct.period_id = :period and ct.agency_id in (:agency, :otherAgency) and i.code = :code)")
                .bind("period", periodId).bind("agency", agencyId).bind("otherAgency", otherAgencyId).bind("code", code)
                .mapTo(Boolean.class).one());
    }

    public Map<Long, Presence> presence(List<Long> linkIds) {
        Map<Long, Presence> presence = new HashMap<>();
        if (linkIds.isEmpty()) {
            return presence;
        }
        String sql = "select l.id, " + NODE_IN_CURRENT_TREE.formatted("l.source_agency_id", "l.source_node_key") + " as source, "
                + "case when l.target_node_key is null then null else "
                + NODE_IN_CURRENT_TREE.formatted("l.target_agency_id", "l.target_node_key") + " end as target "
                + "from crosscutting_link l where l.id = any(:links)";
        jdbi.useHandle(handle -> handle.createQuery(sql).bindArray("links", Long.class, linkIds).map(LINK_PRESENCE)
                .forEach(link -> presence.put(link.id(), link.presence())));
        return presence;
    }
}
