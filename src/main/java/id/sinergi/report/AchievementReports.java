package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.Level;
import id.sinergi.cascade.Reporting;
import id.sinergi.common.PageRequest;
import id.sinergi.config.Bands;
import id.sinergi.config.SinergiConfig;
import id.sinergi.json.MayBeAbsent;
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
            "polarity", "reporting", "accumulation", "weight", "target", "min", "max", "targetSource", "realisation",
            "derivation", "achievement", "formula", "predikat", "colour");
    static final List<String> NODE_COLUMNS = List.of("agency", "node", "parent", "level", "statement", "owner", "weight",
            "ownScore", "rolledUpScore", "predikat", "colour");
    static final List<String> TREE_COLUMNS = List.of("agency", "version", "nodes", "indicators", "withTarget",
            "withRealisation", "score", "predikat", "colour");
    static final List<String> AGENCY_COLUMNS = List.of("agency", "indicators", "withRealisation", "score", "predikat",
            "colour");
    private static final String PREDIKAT = "Predikat: the configured band the capaian falls in (ACHIEVEMENT_BANDS)";
    private static final String COLOUR = "The band's colour, for dashboards";

    @Schema(name = "IndicatorAchievement")
    public record IndicatorScore(String agency, String node, Level level, String indicator, @MayBeAbsent String code, String name,
                                 String unit, String polarity, Reporting reporting, Accumulation accumulation,
                                 BigDecimal weight,
                                 @Schema(description = "Target to date at the end of the quarter (the year's at Q4)")
                                 @MayBeAbsent BigDecimal target, @MayBeAbsent BigDecimal min, @MayBeAbsent BigDecimal max,
                                 @Schema(description = "Where the target to date comes from", example = "Q2 target")
                                 String targetSource,
                                 @Schema(description = "Figure to date: the reported periods up to the quarter's end, "
                                         + "added up by the indicator's accumulation kind")
                                 @MayBeAbsent BigDecimal realisation,
                                 @Schema(description = "How the figure to date followed from the periods",
                                         example = "Q1 12 + Q2 18 = 30 (not reported: Q3)")
                                 @MayBeAbsent String derivation,
                                 @Schema(description = "Capaian in percent, capped; absent without a realisation")
                                 @MayBeAbsent BigDecimal achievement,
                                 @Schema(description = "How the capaian was reached, with the indicator's own figures and "
                                         + "the result, noting a cap or the floor of 0 that applied; or why there is none",
                                         example = "(2 x 18.8 - 19.8) / 18.8 x 100 = 94.68")
                                 String formula,
                                 @Schema(description = PREDIKAT, example = "Baik") @MayBeAbsent String predikat,
                                 @Schema(description = COLOUR, example = "#91CF60") @MayBeAbsent String colour) implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, level, indicator, code, name, unit, polarity, reporting, accumulation, weight,
                    target, min, max, targetSource, realisation, derivation, achievement, formula, predikat, colour);
        }
    }

    @Schema(name = "NodeAchievement")
    public record NodeScore(String agency, String node, @MayBeAbsent String parent, Level level, String statement, String owner,
                            @Schema(description = "Weight of the node in its parent's roll-up") BigDecimal weight,
                            @Schema(description = "Weighted mean of the node's own indicators") @MayBeAbsent BigDecimal ownScore,
                            @Schema(description = "Weighted mean of the children's rolled-up scores") @MayBeAbsent BigDecimal rolledUpScore,
                            @Schema(description = PREDIKAT + ", of the rolled-up score") @MayBeAbsent String predikat,
                            @Schema(description = COLOUR) @MayBeAbsent String colour)
            implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, node, parent, level, statement, owner, weight, ownScore, rolledUpScore, predikat,
                    colour);
        }
    }

    @Schema(name = "TreeAchievement")
    public record TreeScore(String agency, int version, long nodes, long indicators, long withTarget, long withRealisation,
                            @Schema(description = "Weighted mean of the goals' rolled-up scores") @MayBeAbsent BigDecimal score,
                            @Schema(description = PREDIKAT) @MayBeAbsent String predikat,
                            @Schema(description = COLOUR) @MayBeAbsent String colour)
            implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, version, nodes, indicators, withTarget, withRealisation, score, predikat, colour);
        }
    }

    @Schema(name = "AgencyAchievement")
    public record AgencyScore(
            @Schema(description = "Owner agency (penanggung jawab), in any tree of the period") String agency,
            long indicators, long withRealisation,
            @Schema(description = "Weighted mean of the capaian of every indicator on nodes the agency owns") @MayBeAbsent BigDecimal score,
            @Schema(description = PREDIKAT) @MayBeAbsent String predikat,
            @Schema(description = COLOUR) @MayBeAbsent String colour)
            implements Report.Line {
        public List<Object> cells() {
            return Arrays.asList(agency, indicators, withRealisation, score, predikat, colour);
        }
    }

    private static final RowMapper<IndicatorScore> INDICATOR = ConstructorMapper.of(IndicatorScore.class);
    private static final RowMapper<NodeScore> NODE = ConstructorMapper.of(NodeScore.class);
    private static final RowMapper<TreeScore> TREE = ConstructorMapper.of(TreeScore.class);
    private static final RowMapper<AgencyScore> AGENCY = ConstructorMapper.of(AgencyScore.class);

    @Inject
    SinergiConfig config;

    @Inject
    ReportSql sql;

    /**
     * Capaian per indicator at the end of a quarter of the year (4: the year), counting every current realisation
     * or the verified ones only.
     */
    @Transactional
    public Report<IndicatorScore> indicators(ReportScope scope, int quarter, boolean verifiedOnly, PageRequest paging) {
        // The page is chosen on the indicators' keys alone; targets and figures to date are read, and capaian,
        // its formula and band computed, for its rows only.
        String query = """
                with page as (
                    select ct.tree_id, ct.version_id, a.code as agency, i.key, i.position
                    from current_tree ct
                    join agency a on a.id = ct.agency_id
                    join indicator i on i.version_id = ct.version_id
                    where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                    order by a.code, i.position
                    limit :limit offset :offset
                ), figure as (
                    select p.agency, p.position, i.version_id, i.key, i.node_key, i.code, i.name, i.unit, i.polarity,
                           i.weight, i.reporting, i.accumulation,
                           target_to_date(i.accumulation, :quarter, t.value, q.value, q.quarter is not null) as target,
                           target_to_date(i.accumulation, :quarter, t.min_value, q.min_value, q.quarter is not null)
                               as min_value,
                           target_to_date(i.accumulation, :quarter, t.max_value, q.max_value, q.quarter is not null)
                               as max_value,
                           target_source(i.accumulation, :quarter, t.year is not null, q.quarter is not null)
                               as target_source,
                           case when :verifiedOnly then r.verified_value else r.value end as realisation,
                           case when :verifiedOnly then r.verified_explanation else r.explanation end as derivation
                    from page p
                    join indicator i on i.version_id = p.version_id and i.key = p.key
                    left join indicator_target t on t.version_id = i.version_id and t.indicator_key = i.key
                                                 and t.year = :year
                    left join indicator_quarter_target q on q.version_id = i.version_id and q.indicator_key = i.key
                                                         and q.year = :year and q.quarter = :quarter
                    left join realisation_to_date r on r.tree_id = p.tree_id and r.indicator_key = i.key
                                                    and r.year = :year and r.quarter = :quarter
                ), scored as (
                    select f.*, round(capaian(f.polarity, f.target, f.min_value, f.max_value, f.realisation, :cap), 2)
                               as achievement
                    from figure f
                )
                select i.agency, i.node_key as node, n.level, i.key as indicator, i.code, i.name, i.unit,
                       i.polarity, i.reporting, i.accumulation, i.weight, i.target, i.min_value as min, i.max_value as max,
                       i.target_source, i.realisation, i.derivation, i.achievement,
                       capaian_formula_to_date(i.polarity, i.target, i.min_value, i.max_value, i.realisation, :cap, :quarter)
                           as formula,
                       """ + Bands.columns("i.achievement") + """

                from scored i
                join tree_node n on n.version_id = i.version_id and n.key = i.node_key
                order by i.agency, i.position""";
        List<IndicatorScore> rows = sql.list(query, INDICATOR, q -> {
            q.bind("year", scope.year()).bind("quarter", quarter).bind("verifiedOnly", verifiedOnly)
                    .bind("period", scope.periodId()).bind("agency", scope.agencyId()).bind("cap", config.achievement().cap())
                    .bind("limit", paging.size()).bind("offset", paging.offset());
            config.achievement().bands().bind(q);
        });
        long total = sql.countInCurrentTrees("indicator_count", scope);
        return new Report<>(scope.period(), scope.year(), null, null, rows, total, paging.page(), paging.size(), INDICATOR_COLUMNS)
                .counting(quarter, verifiedOnly);
    }

    /**
     * The stored score column a roll-up reads: scored from every figure, or (verified_) from the verified ones only
     * (refresh_scores keeps both).
     */
    private static String scored(String column, boolean verifiedOnly) {
        return "s." + (verifiedOnly ? "verified_" : "") + column;
    }

    @Transactional
    public Report<NodeScore> nodes(ReportScope scope, boolean verifiedOnly, PageRequest paging) {
        String rolled = "round(" + scored("rolled", verifiedOnly) + ", 2)";
        // The page is chosen on the nodes' keys alone (in document order, tree_node_position_idx), then scored.
        String query = ReportSql.NODE_PAGE + """
                select p.agency, n.key as node, n.parent_key as parent, n.level, n.statement, o.code as owner,
                       s.weight, round(""" + scored("own", verifiedOnly) + ", 2) as own_score, " + rolled
                + " as rolled_up_score, " + Bands.columns(rolled) + """

                from page p
                join tree_node n on n.version_id = p.version_id and n.key = p.key
                join node_score s on s.version_id = n.version_id and s.year = :year and s.key = n.key
                join agency o on o.id = n.owner_agency_id
                order by p.agency, p.position""";
        List<NodeScore> rows = sql.list(query, NODE, q -> {
            q.bind("year", scope.year()).bind("period", scope.periodId()).bind("agency", scope.agencyId())
                    .bind("limit", paging.size()).bind("offset", paging.offset());
            config.achievement().bands().bind(q);
        });
        long total = sql.countInCurrentTrees("node_count", scope);
        return new Report<>(scope.period(), scope.year(), null, null, rows, total, paging.page(), paging.size(), NODE_COLUMNS)
                .counting(4, verifiedOnly);
    }

    @Transactional
    public Report<TreeScore> trees(ReportScope scope, boolean verifiedOnly) {
        String score = "round(" + scored("score", verifiedOnly) + ", 2)";
        String query = """
                select a.code as agency, ct.version, s.nodes, s.indicators, s.with_target, """
                + scored("with_realisation", verifiedOnly) + " as with_realisation, " + score + " as score, "
                + Bands.columns(score) + """

                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_score s on s.version_id = ct.version_id and s.year = :year
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                order by a.code""";
        return Report.of(scope, sql.list(query, TREE, q -> {
            q.bind("year", scope.year()).bind("period", scope.periodId()).bind("agency", scope.agencyId());
            config.achievement().bands().bind(q);
        }), TREE_COLUMNS).counting(4, verifiedOnly);
    }

    @Transactional
    public Report<AgencyScore> agencies(ReportScope scope, boolean verifiedOnly) {
        String score = "round(sum(" + scored("weighted_sum", verifiedOnly) + ") / sum(" + scored("scored_weight", verifiedOnly)
                + "), 2)";
        String query = """
                select o.code as agency, sum(s.indicators) as indicators, sum("""
                + scored("with_realisation", verifiedOnly) + ") as with_realisation, " + score + " as score, "
                + Bands.columns(score) + """

                from current_tree ct
                join owner_score s on s.version_id = ct.version_id and s.year = :year
                join agency o on o.id = s.owner_agency_id
                where ct.period_id = :period
                group by o.code
                order by o.code""";
        return Report.of(scope, sql.list(query, AGENCY, q -> {
            q.bind("year", scope.year()).bind("period", scope.periodId());
            config.achievement().bands().bind(q);
        }), AGENCY_COLUMNS).counting(4, verifiedOnly);
    }
}
