package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import id.sinergi.config.SinergiConfig;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Capaian (achievement) for a year, per indicator, per node (own and rolled up), per tree and per
 * agency. Formulas: docs/domain.md and the SQL function capaian(); a node's own score is the weighted mean of
 * its scored indicators; its rolled-up score is the weighted mean of its scored children's rolled-up
 * scores, a child weighing the sum of its indicators' weights (1 without indicators), and is its own
 * score when no child has one. No realisation means no score, never 0. Node, tree and agency scores are
 * read from the scores stored per tree (refresh_scores, {@link ScoreStore}); indicators are scored live.
 */
@ApplicationScoped
public class AchievementReports {

    static final List<String> INDICATOR_COLUMNS = List.of("agency", "node", "level", "indicator", "code", "name", "unit",
            "polarity", "weight", "target", "min", "max", "realisation", "achievement", "formula");
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
                                 BigDecimal achievement,
                                 @Schema(description = "How the capaian was reached, with the indicator's own figures and "
                                         + "the result, noting a cap or the floor of 0 that applied; or why there is none",
                                         example = "(2 x 18.8 - 19.8) / 18.8 x 100 = 94.68")
                                 String formula) implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, level, indicator, code, name, unit, polarity, weight, target, min, max,
                    realisation, achievement, formula);
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

    private static final RowMapper<IndicatorScore> INDICATOR = ConstructorMapper.of(IndicatorScore.class);
    private static final RowMapper<NodeScore> NODE = ConstructorMapper.of(NodeScore.class);
    private static final RowMapper<TreeScore> TREE = ConstructorMapper.of(TreeScore.class);
    private static final RowMapper<AgencyScore> AGENCY = ConstructorMapper.of(AgencyScore.class);
    private static final RowMapper<Long> COUNT = (row, context) -> row.getLong("count");

    @Inject
    SinergiConfig config;

    @Inject
    ReportSql sql;

    @Transactional
    public Report<IndicatorScore> indicators(ReportScope scope, PageRequest paging) {
        String query = "with " + ReportSql.INDICATOR_ACHIEVEMENT + """
                select a.code as agency, i.node_key as node, n.level, i.key as indicator, i.code, i.name, i.unit,
                       i.polarity, i.weight, i.target, i.min_value as min, i.max_value as max, i.realisation,
                       round(i.achievement, 2) as achievement, i.formula
                from ind i
                join agency a on a.id = i.agency_id
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key
                order by a.code, i.position
                limit :limit offset :offset""";
        ReportSql.Binding indicators = q -> q.bind("cap", config.achievement().cap()).bind("year", scope.year())
                .bind("period", scope.periodId()).bind("agency", scope.agencyId());
        List<IndicatorScore> rows = sql.list(query, INDICATOR, q -> {
            indicators.bind(q);
            q.bind("limit", paging.size()).bind("offset", paging.offset());
        });
        long total = sql.list("with " + ReportSql.INDICATOR_ACHIEVEMENT + " select count(*) from ind", COUNT, indicators)
                .get(0);
        return new Report<>(scope.period(), scope.year(), rows, total, paging.page(), paging.size(), INDICATOR_COLUMNS);
    }

    @Transactional
    public Report<NodeScore> nodes(ReportScope scope, PageRequest paging) {
        String query = """
                select a.code as agency, n.key as node, n.parent_key as parent, n.level, n.statement, o.code as owner,
                       s.weight, round(s.own, 2) as own_score, round(s.rolled, 2) as rolled_up_score
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_node n on n.version_id = ct.version_id
                join node_score s on s.version_id = n.version_id and s.year = :year and s.key = n.key
                join agency o on o.id = n.owner_agency_id
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                order by a.code, n.position
                limit :limit offset :offset""";
        List<NodeScore> rows = sql.list(query, NODE, q -> q.bind("year", scope.year()).bind("period", scope.periodId())
                .bind("agency", scope.agencyId()).bind("limit", paging.size()).bind("offset", paging.offset()));
        long total = sql.list("""
                select coalesce(sum(v.node_count), 0) as count
                from current_tree ct join tree_version v on v.id = ct.version_id
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)""", COUNT,
                q -> q.bind("period", scope.periodId()).bind("agency", scope.agencyId())).get(0);
        return new Report<>(scope.period(), scope.year(), rows, total, paging.page(), paging.size(), NODE_COLUMNS);
    }

    @Transactional
    public Report<TreeScore> trees(ReportScope scope) {
        String query = """
                select a.code as agency, ct.version, s.nodes, s.indicators, s.with_target, s.with_realisation,
                       round(s.score, 2) as score
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_score s on s.version_id = ct.version_id and s.year = :year
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                order by a.code""";
        return Report.of(scope, sql.list(query, TREE, q -> q.bind("year", scope.year()).bind("period", scope.periodId())
                .bind("agency", scope.agencyId())), TREE_COLUMNS);
    }

    @Transactional
    public Report<AgencyScore> agencies(ReportScope scope) {
        String query = """
                select o.code as agency, sum(s.indicators) as indicators, sum(s.with_realisation) as with_realisation,
                       round(sum(s.weighted_sum) / sum(s.scored_weight), 2) as score
                from current_tree ct
                join owner_score s on s.version_id = ct.version_id and s.year = :year
                join agency o on o.id = s.owner_agency_id
                where ct.period_id = :period
                group by o.code
                order by o.code""";
        return Report.of(scope, sql.list(query, AGENCY, q -> q.bind("year", scope.year()).bind("period", scope.periodId())),
                AGENCY_COLUMNS);
    }
}
