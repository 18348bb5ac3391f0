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
 * score when no child has one. No realisation means no score, never 0. Node, tree and agency scores are
 * read from the scores stored per tree (refresh_scores, {@link ScoreStore}); indicators are scored live.
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
                                 BigDecimal achievement) implements Report.Line {
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
            implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, parent, level, statement, owner, weight, ownScore, rolledUpScore);
        }
    }

    @Schema(name = "TreeAchievement")
    public record TreeScore(String agency, int version, long nodes, long indicators, long withTarget, long withRealisation,
                            @Schema(description = "Weighted mean of the goals' rolled-up scores") BigDecimal score)
            implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, version, nodes, indicators, withTarget, withRealisation, score);
        }
    }

    @Schema(name = "AgencyAchievement")
    public record AgencyScore(
            @Schema(description = "Owner agency (penanggung jawab), in any tree of the period") String agency,
            long indicators, long withRealisation,
            @Schema(description = "Weighted mean of the capaian of every indicator on nodes the agency owns") BigDecimal score)
            implements Report.Line {
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
        String query = """
                select a.code, n.key, n.parent_key, n.level, n.statement, o.code, s.weight, round(s.own, 2), round(s.rolled, 2)
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_node n on n.version_id = ct.version_id
                join node_score s on s.version_id = n.version_id and s.year = ? and s.key = n.key
                join agency o on o.id = n.owner_agency_id
                where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
                order by a.code, n.position
                limit ? offset ?""";
        List<NodeScore> rows = sql.list(query, r -> new NodeScore(r.getString(1), r.getString(2), r.getString(3),
                Level.valueOf(r.getString(4)), r.getString(5), r.getString(6), r.getBigDecimal(7), r.getBigDecimal(8),
                r.getBigDecimal(9)), scope.year(), scope.periodId(), scope.agencyId(), scope.agencyId(),
                paging.size(), paging.offset());
        long total = sql.list("select coalesce(sum(v.node_count), 0) from current_tree ct join tree_version v on v.id = ct.version_id "
                + "where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)", r -> r.getLong(1),
                scope.periodId(), scope.agencyId(), scope.agencyId()).get(0);
        return new Report<>(scope.period(), scope.year(), rows, total, paging.page(), paging.size(), NODE_COLUMNS);
    }

    @Transactional
    public Report<TreeScore> trees(ReportScope scope) {
        String query = """
                select a.code, ct.version, s.nodes, s.indicators, s.with_target, s.with_realisation, round(s.score, 2)
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_score s on s.version_id = ct.version_id and s.year = ?
                where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
                order by a.code""";
        List<TreeScore> rows = sql.list(query, r -> new TreeScore(r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4),
                r.getLong(5), r.getLong(6), r.getBigDecimal(7)),
                scope.year(), scope.periodId(), scope.agencyId(), scope.agencyId());
        return Report.of(scope, rows, TREE_COLUMNS);
    }

    @Transactional
    public Report<AgencyScore> agencies(ReportScope scope) {
        String query = """
                select o.code, sum(s.indicators), sum(s.with_realisation), round(sum(s.weighted_sum) / sum(s.scored_weight), 2)
                from current_tree ct
                join owner_score s on s.version_id = ct.version_id and s.year = ?
                join agency o on o.id = s.owner_agency_id
                where ct.period_id = ? and (?::bigint is null or ct.agency_id = ?)
                group by o.code
                order by o.code""";
        List<AgencyScore> rows = sql.list(query, r -> new AgencyScore(r.getString(1), r.getLong(2), r.getLong(3),
                r.getBigDecimal(4)), scope.year(), scope.periodId(), scope.agencyId(), scope.agencyId());
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
}
