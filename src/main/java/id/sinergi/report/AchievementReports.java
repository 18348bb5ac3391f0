package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Capaian (achievement) for a year, per indicator, per node (own and rolled up), per tree and per
 * agency. Formulas: DOMAIN.md and the SQL function capaian(); a node's own score is the weighted mean of
 * its scored indicators; its rolled-up score is the weighted mean of its scored children's rolled-up
 * scores, a child weighing the sum of its indicators' weights (1 without indicators), and is its own
 * score when no child has one. No realisation means no score, never 0.
 */
@ApplicationScoped
public class AchievementReports {

    static final List<String> INDICATOR_COLUMNS = List.of("agency", "node", "level", "indicator", "code", "name", "unit",
            "polarity", "weight", "target", "min", "max", "realisation", "achievement");
    static final List<String> NODE_COLUMNS = List.of("agency", "node", "parent", "level", "statement", "owner", "weight",
            "ownScore", "rolledUpScore");
    static final List<String> TREE_COLUMNS = List.of("agency", "version", "nodes", "indicators", "withTarget",
            "withRealisation", "score");
    static final List<String> AGENCY_COLUMNS = List.of("agency", "indicators", "withRealisation", "score");

    @Schema(name = "IndicatorAchievement")
    public record IndicatorScore(String agency, String node, Level level, String indicator, String code, String name,
                                 String unit, String polarity, BigDecimal weight, BigDecimal target, BigDecimal min,
                                 BigDecimal max, BigDecimal realisation,
                                 @Schema(description = "Capaian in percent, capped; absent without a realisation")
                                 BigDecimal achievement) implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, node, level, indicator, code, name, unit, polarity, weight, target, min, max,
                    realisation, achievement);
        }
    }

    @Schema(name = "NodeAchievement")
    public record NodeScore(String agency, String node, String parent, Level level, String statement, String owner,
                            @Schema(description = "Weight of the node in its parent's roll-up") BigDecimal weight,
                            @Schema(description = "Weighted mean of the node's own indicators") BigDecimal ownScore,
                            @Schema(description = "Weighted mean of the children's rolled-up scores") BigDecimal rolledUpScore)
            implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, node, parent, level, statement, owner, weight, ownScore, rolledUpScore);
        }
    }

    @Schema(name = "TreeAchievement")
    public record TreeScore(String agency, int version, long nodes, long indicators, long withTarget, long withRealisation,
                            @Schema(description = "Weighted mean of the goals' rolled-up scores") BigDecimal score)
            implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, version, nodes, indicators, withTarget, withRealisation, score);
        }
    }

    @Schema(name = "AgencyAchievement")
    public record AgencyScore(
            @Schema(description = "Owner agency (penanggung jawab), in any tree of the period") String agency,
            long indicators, long withRealisation,
            @Schema(description = "Weighted mean of the capaian of every indicator on nodes the agency owns") BigDecimal score)
            implements Report.Row {
        public List<Object> cells() {
            return Arrays.asList(agency, indicators, withRealisation, score);
        }
    }

    @ConfigProperty(name = "sinergi.achievement.cap", defaultValue = "120")
    BigDecimal cap;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<IndicatorScore> indicators(ReportScope scope, PageRequest paging) {
        String query = "with " + ReportSql.INDICATOR_ACHIEVEMENT + """
                select a.code, i.node_key, n.level, i.key, i.code, i.name, i.unit, i.polarity, i.weight, i.target,
                       i.min_value, i.max_value, i.realisation, round(i.achievement, 2)
                from ind i
                join agency a on a.id = i.agency_id
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key
                order by a.code, i.position
                """;
        List<IndicatorScore> rows = sql.list(query + " limit ? offset ?", r -> new IndicatorScore(r.getString(1),
                r.getString(2), Level.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getBigDecimal(9), r.getBigDecimal(10), r.getBigDecimal(11),
                r.getBigDecimal(12), r.getBigDecimal(13), r.getBigDecimal(14)), parameters(scope, paging.size(), paging.offset()));
        long total = sql.list("with " + ReportSql.INDICATOR_ACHIEVEMENT + " select count(*) from ind",
                r -> r.getLong(1), parameters(scope)).get(0);
        return new Report<>(scope.period(), scope.year(), rows, total, paging.page(), paging.size(), INDICATOR_COLUMNS);
    }

    @Transactional
    public Report<NodeScore> nodes(ReportScope scope, PageRequest paging) {
        String query = "with " + ReportSql.INDICATOR_ACHIEVEMENT + ", " + ROLL_UP + """
                select a.code, n.key, n.parent_key, n.level, n.statement, o.code, n.weight, round(n.own, 2), round(r.rolled, 2)
                from node n
                join rolled r on r.version_id = n.version_id and r.key = n.key
                join agency a on a.id = n.agency_id
                join agency o on o.id = n.owner_agency_id
                order by a.code, n.position
                limit ? offset ?""";
        List<NodeScore> rows = sql.list(query, r -> new NodeScore(r.getString(1), r.getString(2), r.getString(3),
                Level.valueOf(r.getString(4)), r.getString(5), r.getString(6), r.getBigDecimal(7), r.getBigDecimal(8),
                r.getBigDecimal(9)), parameters(scope, scope.periodId(), scope.agencyId(), scope.agencyId(),
                paging.size(), paging.offset()));
        long total = sql.list("select count(*) from current_tree ct join tree_node n on n.version_id = ct.version_id "
                + "where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)", r -> r.getLong(1),
                scope.periodId(), scope.agencyId(), scope.agencyId()).get(0);
        return new Report<>(scope.period(), scope.year(), rows, total, paging.page(), paging.size(), NODE_COLUMNS);
    }

    @Transactional
    public Report<TreeScore> trees(ReportScope scope) {
        String query = "with " + ReportSql.INDICATOR_ACHIEVEMENT + ", " + ROLL_UP + """
                , goals as (
                    select version_id, sum(weight * rolled) / sum(weight) filter (where rolled is not null) as score
                    from r0 group by version_id
                ), counts as (
                    select version_id, count(*) as indicators,
                           count(*) filter (where target is not null or min_value is not null) as with_target,
                           count(realisation) as with_realisation
                    from ind group by version_id
                )
                select a.code, ct.version, (select count(*) from tree_node n where n.version_id = ct.version_id),
                       coalesce(c.indicators, 0), coalesce(c.with_target, 0), coalesce(c.with_realisation, 0),
                       round(g.score, 2)
                from current_tree ct
                join agency a on a.id = ct.agency_id
                left join goals g on g.version_id = ct.version_id
                left join counts c on c.version_id = ct.version_id
                where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
                order by a.code""";
        List<TreeScore> rows = sql.list(query, r -> new TreeScore(r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4),
                r.getLong(5), r.getLong(6), r.getBigDecimal(7)),
                parameters(scope, scope.periodId(), scope.agencyId(), scope.agencyId(),
                        scope.periodId(), scope.agencyId(), scope.agencyId()));
        return Report.of(scope, rows, TREE_COLUMNS);
    }

    @Transactional
    public Report<AgencyScore> agencies(ReportScope scope) {
        String query = "with " + ReportSql.INDICATOR_ACHIEVEMENT + """
                select o.code, count(*), count(i.realisation),
                       round(sum(i.weight * i.achievement) / sum(i.weight) filter (where i.achievement is not null), 2)
                from ind i
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key
                join agency o on o.id = n.owner_agency_id
                group by o.code
                order by o.code""";
        List<AgencyScore> rows = sql.list(query, r -> new AgencyScore(r.getString(1), r.getLong(2), r.getLong(3),
                r.getBigDecimal(4)), parameters(scope));
        return Report.of(scope, rows, AGENCY_COLUMNS);
    }

    /** Parameters of {@link ReportSql#INDICATOR_ACHIEVEMENT} for the scope, followed by any others. */
    private Object[] parameters(ReportScope scope, Object... more) {
        Object[] all = new Object[6 + more.length];
        Object[] base = {cap, scope.year(), scope.year(), scope.periodId(), scope.agencyId(), scope.agencyId()};
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /**
     * CTEs own, node, r4 ... r0 and rolled: each node's own score, then the rolled-up scores level by level
     * from SUB_ACTIVITY (r4) up to GOAL (r0). Written out per level: the depth of a cascade is fixed.
     * Parameters: period id, agency id (or null), the same agency id.
     */
    static final String ROLL_UP = rollUp();

    private static String rollUp() {
        StringBuilder cte = new StringBuilder("""
                own as (
                    select version_id, node_key, sum(weight) as weight,
                           sum(weight * achievement) / sum(weight) filter (where achievement is not null) as score
                    from ind group by version_id, node_key
                ),
                node as (
                    select ct.agency_id, n.version_id, n.key, n.parent_key, n.level, n.statement, n.owner_agency_id,
                           n.position, coalesce(o.weight, 1) as weight, o.score as own
                    from current_tree ct
                    join tree_node n on n.version_id = ct.version_id
                    left join own o on o.version_id = n.version_id and o.node_key = n.key
                    where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
                ),
                """);
        int lowest = Level.values().length - 1;
        cte.append("r").append(lowest).append(" as (select version_id, key, parent_key, weight, own as rolled from node "
                + "where level = '").append(Level.values()[lowest]).append("'),\n");
        for (int depth = lowest - 1; depth >= 0; depth--) {
            cte.append("r").append(depth).append("""
                     as (
                        select n.version_id, n.key, n.parent_key, n.weight, coalesce(c.score, n.own) as rolled
                        from node n
                        left join (select version_id, parent_key, sum(weight * rolled) / sum(weight) as score
                                   from r%d where rolled is not null group by version_id, parent_key) c
                               on c.version_id = n.version_id and c.parent_key = n.key
                        where n.level = '%s'
                    ),
                    """.formatted(depth + 1, Level.values()[depth]));
        }
        cte.append("rolled as (");
        for (int depth = 0; depth <= lowest; depth++) {
            cte.append(depth == 0 ? "" : " union all ").append("select version_id, key, rolled from r").append(depth);
        }
        return cte.append(")\n").toString();
    }
}
