package id.sinergi.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Level;
import id.sinergi.common.Page;
import id.sinergi.common.PageRequest;
import id.sinergi.common.Sql;
import id.sinergi.period.PeriodService;
import id.sinergi.period.PlanningPeriod;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Finds nodes and indicators across every agency's current tree of a period. */
@ApplicationScoped
public class SearchService {

    /** Filters; null means "any". */
    public record Criteria(String code, Level level, String owner, String agency, String text, Boolean iku) {
    }

    private static final String CURRENT_TREES = """
            from cascade_tree t
            join agency a on a.id = t.agency_id
            join tree_version v on v.tree_id = t.id and v.version = t.current_version
            """;

    @Inject
    Jdbi jdbi;

    @Inject
    PeriodService periods;

    @Transactional
    public Page<SearchHit> nodes(String periodCode, Criteria criteria, PageRequest paging) {
        Query query = nodeFilters(periodCode, criteria);
        query.where("code", criteria.code(), "exists (select 1 from indicator i where i.version_id = n.version_id "
                + "and i.node_key = n.key and i.code = :code)");
        String like = criteria.text() == null ? null : Sql.containing(criteria.text().strip());
        query.where("text", like, "(n.statement ilike :text " + Sql.ESCAPE + " or exists (select 1 from indicator i "
                + "where i.version_id = n.version_id and i.node_key = n.key and i.name ilike :text " + Sql.ESCAPE + "))");
        return query.page("select a.code as agency, v.version, null as node_key, null as node_level, d.doc as node, "
                        + "null as indicator ",
                CURRENT_TREES + "join tree_node n on n.version_id = v.id "
                        + "join tree_node_document d on d.version_id = n.version_id and d.position = n.position ",
                "a.code, n.position", paging);
    }

    @Transactional
    public Page<SearchHit> indicators(String periodCode, Criteria criteria, PageRequest paging) {
        Query query = nodeFilters(periodCode, criteria);
        query.where("code", criteria.code(), "i.code = :code");
        query.where("iku", criteria.iku(), "i.iku = :iku");
        String like = criteria.text() == null ? null : Sql.containing(criteria.text().strip());
        query.where("text", like, "(i.name ilike :text " + Sql.ESCAPE + " or i.definition ilike :text " + Sql.ESCAPE + ")");
        return query.page("select a.code as agency, v.version, n.key as node_key, n.level as node_level, null as node, "
                        + "d.doc::text as indicator ",
                CURRENT_TREES + "join indicator i on i.version_id = v.id "
                        + "join tree_node n on n.version_id = i.version_id and n.key = i.node_key "
                        + "join indicator_document d on d.version_id = i.version_id and d.key = i.key ",
                "a.code, i.position", paging);
    }

    /** The period, and the filters on the node (n) and the tree's agency (a) that both searches share. */
    private Query nodeFilters(String periodCode, Criteria criteria) {
        PlanningPeriod period = periods.require(periodCode);
        Query query = new Query(period.id);
        query.where("level", criteria.level() == null ? null : criteria.level().name(), "n.level = :level");
        query.where("owner", criteria.owner(), "n.owner_agency_id = (select id from agency where code = :owner)");
        query.where("agency", criteria.agency(), "a.code = :agency");
        return query;
    }

    private static final RowMapper<SearchHit> HIT = ConstructorMapper.of(SearchHit.class);

    /** A WHERE clause built from the filters that were given, each value bound by its name. */
    private final class Query {
        private final List<String> conditions = new ArrayList<>(List.of("t.period_id = :period"));
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Query(long periodId) {
            parameters.put("period", periodId);
        }

        void where(String name, Object value, String condition) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(name, value);
            }
        }

        Page<SearchHit> page(String select, String from, String orderBy, PageRequest paging) {
            String where = "where " + String.join(" and ", conditions);
            return jdbi.withHandle(handle -> {
                long total = handle.createQuery("select count(*) " + from + where).bindMap(parameters)
                        .mapTo(Long.class).one();
                List<SearchHit> hits = handle.createQuery(select + from + where + " order by " + orderBy
                                + " limit :limit offset :offset")
                        .bindMap(parameters).bind("limit", paging.size()).bind("offset", paging.offset())
                        .map(HIT).list();
                return new Page<>(hits, paging.page(), paging.size(), total);
            });
        }
    }
}
