package id.sinergi.cascade;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.problem.Text;
import id.sinergi.config.Bands;
import id.sinergi.config.SinergiConfig;
import id.sinergi.problem.ProblemException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Reads what the picture of one tree version shows: its nodes with the year's capaian, and the nodes of other agencies they reach. */
@ApplicationScoped
public class TreePictures {

    private static final RowMapper<TreePicture.Box> BOX = ConstructorMapper.of(TreePicture.Box.class);
    private static final RowMapper<TreePicture.Reference> REFERENCE = ConstructorMapper.of(TreePicture.Reference.class);

    private static final String CAPAIAN = "round(s.rolled, 2)";
    private static final String BOXES = """
            select n.key, n.parent_key as parent, n.level, n.statement, o.code as owner,
                   """ + CAPAIAN + " as capaian, " + Bands.columns(CAPAIAN) + """

            from tree_node n
            join agency o on o.id = n.owner_agency_id
            left join node_score s on s.version_id = n.version_id and s.key = n.key and s.year = :year
                                and s.agency_id = n.agency_id
            """;
    private static final String WHOLE_TREE = BOXES + "where n.version_id = :version and n.agency_id = :agency order by n.position";
    // the subtree under :key, by the same walk as TreeStore.subtree
    private static final String SUBTREE = TreeStore.BELOW + BOXES
            + "join below b on b.key = n.key where n.version_id = :version and n.agency_id = :agency order by n.position";

    // A node's supports reference, the accepted links that start or end at one of its nodes, and the nodes of other
    // agencies' current trees that support one of its nodes.
    private static final String REFERENCES = """
            with tree as (select t.agency_id, t.period_id from tree_version v
                          join cascade_tree t on t.id = v.tree_id and t.agency_id = v.agency_id
                          where v.id = :version and v.agency_id = :agency)
            select n.key as node, 'SUPPORTS' as kind, a.code as agency, n.supports_key as other_node,
                   null as relationship
            from tree_node n join agency a on a.id = n.supports_agency_id
            where n.version_id = :version and n.agency_id = :agency and n.supports_key is not null
            union all
            select l.source_node_key, 'LINK', a.code, l.target_node_key, l.relationship
            from tree join crosscutting_link l on l.source_agency_id = tree.agency_id and l.period_id = tree.period_id
            join agency a on a.id = l.target_agency_id
            where l.status = 'ACCEPTED'
            union all
            select l.target_node_key, 'LINK', a.code, l.source_node_key, l.relationship
            from tree join crosscutting_link l on l.target_agency_id = tree.agency_id and l.period_id = tree.period_id
            join agency a on a.id = l.source_agency_id
            where l.status = 'ACCEPTED' and l.target_node_key is not null
            union all
            select n.supports_key, 'SUPPORTED_BY', a.code, n.key, null
            from tree join tree_node n on n.supports_agency_id = tree.agency_id and n.supports_period_id = tree.period_id
            join tree_version v on v.id = n.version_id
            join cascade_tree t on t.id = v.tree_id and t.current_version = v.version and t.agency_id <> tree.agency_id
            join agency a on a.id = t.agency_id
            order by 1, 3, 4""";

    @Inject
    Jdbi jdbi;

    @Inject
    SinergiConfig config;

    /** The picture of a version, or of the subtree under {@code root}, with the capaian of {@code year}. */
    public TreePicture draw(TreeVersion version, String root, int year, int depth) {
        List<TreePicture.Box> boxes = jdbi.withHandle(handle -> {
            var query = handle.createQuery(root == null ? WHOLE_TREE : SUBTREE).bind("version", version.id)
                    .bind("agency", version.agencyId).bind("year", year);
            if (root != null) {
                query.bind("key", root);
            }
            config.achievement().bands().bind(query);
            return query.map(BOX).list();
        });
        String title = version.tree.agency.code + " \u00b7 " + version.tree.period.code + " \u00b7 versi " + version.version;
        if (root != null) {
            if (boxes.isEmpty()) {
                throw ProblemException.notFound(Text.of("cascade.not-found", version.version, root));
            }
            title = title + " \u00b7 " + root;
        }
        List<TreePicture.Reference> references = jdbi.withHandle(handle -> handle.createQuery(REFERENCES)
                .bind("version", version.id).bind("agency", version.agencyId).map(REFERENCE).list());
        return new TreePicture(title, year, boxes, references, depth);
    }
}
