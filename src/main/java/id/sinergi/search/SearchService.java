package id.sinergi.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Level;
import id.sinergi.common.Page;
import id.sinergi.common.PageRequest;
import id.sinergi.common.Sql;
import id.sinergi.period.PeriodService;
import id.sinergi.period.PlanningPeriod;

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
    DataSource dataSource;

    @Inject
    PeriodService periods;

    @Transactional
    public Page<SearchHit> nodes(String periodCode, Criteria criteria, PageRequest paging) {
        Query query = nodeFilters(periodCode, criteria);
        query.where(criteria.code(), "exists (select 1 from indicator i where i.version_id = n.version_id "
                + "and i.node_key = n.key and i.code = ?)");
        String like = criteria.text() == null ? null : Sql.containing(criteria.text().strip());
        query.where(like, "(n.statement ilike ? escape '\\' or exists (select 1 from indicator i where i.version_id = n.version_id "
                + "and i.node_key = n.key and i.name ilike ? escape '\\'))", like);
        return query.page("select a.code, v.version, null, null, d.doc ",
                CURRENT_TREES + "join tree_node n on n.version_id = v.id "
                        + "join tree_node_document d on d.version_id = n.version_id and d.position = n.position ",
                "a.code, n.position", paging, true);
    }

    @Transactional
    public Page<SearchHit> indicators(String periodCode, Criteria criteria, PageRequest paging) {
        Query query = nodeFilters(periodCode, criteria);
        query.where(criteria.code(), "i.code = ?");
        query.where(criteria.iku(), "i.iku = ?");
        String like = criteria.text() == null ? null : Sql.containing(criteria.text().strip());
        query.where(like, "(i.name ilike ? escape '\\' or i.definition ilike ? escape '\\')", like);
        return query.page("select a.code, v.version, n.key, n.level, d.doc::text ",
                CURRENT_TREES + "join indicator i on i.version_id = v.id "
                        + "join tree_node n on n.version_id = i.version_id and n.key = i.node_key "
                        + "join indicator_document d on d.version_id = i.version_id and d.key = i.key ",
                "a.code, i.position", paging, false);
    }

    /** The period, and the filters on the node (n) and the tree's agency (a) that both searches share. */
    private Query nodeFilters(String periodCode, Criteria criteria) {
        PlanningPeriod period = periods.require(periodCode);
        Query query = new Query(period.id);
        query.where(criteria.level() == null ? null : criteria.level().name(), "n.level = ?");
        query.where(criteria.owner(), "n.owner_agency_id = (select id from agency where code = ?)");
        query.where(criteria.agency(), "a.code = ?");
        return query;
    }

    /** A WHERE clause built from the filters that were given, with their parameters in order. */
    private final class Query {
        private final List<String> conditions = new ArrayList<>(List.of("t.period_id = ?"));
        private final List<Object> parameters = new ArrayList<>();

        Query(long periodId) {
            parameters.add(periodId);
        }

        void where(Object value, String condition, Object... more) {
            if (value != null) {
                conditions.add(condition);
                parameters.add(value);
                parameters.addAll(List.of(more));
            }
        }

        Page<SearchHit> page(String select, String from, String orderBy, PageRequest paging, boolean nodeHits) {
            String where = "where " + String.join(" and ", conditions);
            List<Object> pageParameters = new ArrayList<>(parameters);
            pageParameters.add(paging.size());
            pageParameters.add(paging.offset());
            List<SearchHit> hits = new ArrayList<>();
            long total;
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement count = Sql.prepare(connection, "select count(*) " + from + where, parameters.toArray());
                     ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
                try (PreparedStatement statement = Sql.prepare(connection,
                        select + from + where + " order by " + orderBy + " limit ? offset ?", pageParameters.toArray());
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        hits.add(nodeHits
                                ? new SearchHit(rows.getString(1), rows.getInt(2), null, null, rows.getString(5), null)
                                : new SearchHit(rows.getString(1), rows.getInt(2), rows.getString(3),
                                        Level.valueOf(rows.getString(4)), null, rows.getString(5)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Search failed", e);
            }
            return new Page<>(hits, paging.page(), paging.size(), total);
        }
    }
}
