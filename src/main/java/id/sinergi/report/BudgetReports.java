package id.sinergi.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import id.sinergi.config.SinergiConfig;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Budget against the tree: absorption (serapan) rolled up every node, and efficiency (capaian against
 * absorption) per outcome and per agency. The arithmetic is SQL (R__budget.sql); definitions in
 * docs/domain.md, "Budget and absorption" and "Efficiency".
 */
@ApplicationScoped
public class BudgetReports {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NodeAbsorption")
    public record NodeAbsorption(String agency, String node, @MayBeAbsent String parent, Level level,
                                 @Schema(description = "Kode nomenklatur") @MayBeAbsent String code, String statement,
                                 @Schema(description = "Ceiling in force of the budget lines in the node's subtree (IDR); "
                                         + "absent without any") @MayBeAbsent BigDecimal ceiling,
                                 @Schema(description = "Spent from them to the end of the month") @MayBeAbsent BigDecimal spent,
                                 @Schema(description = "Serapan: spent / ceiling x 100; above 100 when overspent")
                                 @MayBeAbsent BigDecimal absorption) implements Report.Line {
        @Override
        public List<Object> cells() {
            return Arrays.asList(agency, node, parent, level, code, statement, ceiling, spent, absorption);
        }
    }

    static final List<String> ABSORPTION_COLUMNS = List.of("agency", "node", "parent", "level", "code", "statement",
            "ceiling", "spent", "absorption");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutcomeEfficiency")
    public record OutcomeEfficiency(String agency, String node, Level level, String statement,
                                    @Schema(description = "Rolled-up capaian of the outcome for the year") @MayBeAbsent BigDecimal capaian,
                                    @Schema(description = "Ceiling in force below the outcome in the agency's own tree")
                                    @MayBeAbsent BigDecimal ownCeiling,
                                    @Schema(description = "Spent from it") @MayBeAbsent BigDecimal ownSpent,
                                    @Schema(description = "Own and contributed (supports, accepted links) ceilings")
                                    @MayBeAbsent BigDecimal ceiling,
                                    @Schema(description = "Own and contributed spending") @MayBeAbsent BigDecimal spent,
                                    @Schema(description = "Serapan of the whole: spent / ceiling x 100") @MayBeAbsent BigDecimal absorption,
                                    @Schema(description = "Efisiensi: capaian / absorption") @MayBeAbsent BigDecimal efficiency,
                                    @Schema(description = "EFFICIENT, ON_TRACK or WARNING (EFFICIENT_FROM, "
                                            + "EFFICIENCY_WARNING_BELOW); absent without capaian or spending")
                                    @MayBeAbsent EfficiencyBand band) implements Report.Line {
        @Override
        public List<Object> cells() {
            return Arrays.asList(agency, node, level, statement, capaian, ownCeiling, ownSpent, ceiling, spent, absorption,
                    efficiency, band);
        }
    }

    static final List<String> OUTCOME_COLUMNS = List.of("agency", "node", "level", "statement", "capaian", "ownCeiling",
            "ownSpent", "ceiling", "spent", "absorption", "efficiency", "band");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgencyEfficiency")
    public record AgencyEfficiency(String agency,
                                   @Schema(description = "Capaian of the agency's tree for the year") @MayBeAbsent BigDecimal capaian,
                                   @Schema(description = "Ceiling in force of all its budget lines") @MayBeAbsent BigDecimal ceiling,
                                   @MayBeAbsent BigDecimal spent, @MayBeAbsent BigDecimal absorption, @MayBeAbsent BigDecimal efficiency, @MayBeAbsent EfficiencyBand band)
            implements Report.Line {
        @Override
        public List<Object> cells() {
            return Arrays.asList(agency, capaian, ceiling, spent, absorption, efficiency, band);
        }
    }

    static final List<String> AGENCY_COLUMNS = List.of("agency", "capaian", "ceiling", "spent", "absorption",
            "efficiency", "band");

    private static final RowMapper<NodeAbsorption> NODE = ConstructorMapper.of(NodeAbsorption.class);
    private static final RowMapper<OutcomeEfficiency> OUTCOME = ConstructorMapper.of(OutcomeEfficiency.class);
    private static final RowMapper<AgencyEfficiency> AGENCY = ConstructorMapper.of(AgencyEfficiency.class);

    /** The efficiency and band columns of a capaian and absorption expression; thresholds bound by {@link #bind}. */
    private static String efficiency(String capaian, String absorption) {
        return "efficiency(" + capaian + ", " + absorption + ") as efficiency, efficiency_band(efficiency(" + capaian + ", "
                + absorption + "), :efficientFrom::numeric, :warningBelow::numeric) as band";
    }

    @Inject
    ReportSql sql;

    @Inject
    SinergiConfig config;

    private void bind(Query query, ReportScope scope, int month) {
        query.bind("period", scope.periodId()).bind("agency", scope.agencyId()).bind("year", scope.year())
                .bind("month", month);
    }

    private void bindThresholds(Query query) {
        query.bind("efficientFrom", config.monitoring().efficientFrom())
                .bind("warningBelow", config.monitoring().efficiencyWarningBelow());
    }

    /** Absorption of every node of the current trees: its subtree's ceilings and spending. */
    @Transactional
    public Report<NodeAbsorption> absorption(ReportScope scope, int month, PageRequest paging) {
        String query = ReportSql.NODE_PAGE + """
                select p.agency, n.key as node, n.parent_key as parent, n.level, n.nomenclature_code as code, n.statement,
                       b.ceiling, b.spent, absorption(b.spent, b.ceiling) as absorption
                from page p
                join tree_node n on n.version_id = p.version_id and n.key = p.key
                left join lateral budget_below(p.tree_id, n.key, :year, :month) b on true
                order by p.agency, p.position""";
        List<NodeAbsorption> rows = sql.list(query, NODE, q -> {
            bind(q, scope, month);
            q.bind("limit", paging.size()).bind("offset", paging.offset());
        });
        return new Report<>(scope.period(), scope.year(), null, null, rows, sql.countInCurrentTrees("node_count", scope),
                paging.page(), paging.size(), ABSORPTION_COLUMNS);
    }

    /** Efficiency of every outcome (GOAL, TARGET): its capaian against the absorption of all that reaches it. */
    @Transactional
    public Report<OutcomeEfficiency> outcomes(ReportScope scope, int month, boolean verifiedOnly, PageRequest paging) {
        String capaian = "round(s." + (verifiedOnly ? "verified_rolled" : "rolled") + ", 2)";
        String query = InputsReport.OUTCOME_PAGE + InputsReport.CONTRIBUTIONS + """
                , contributed as (
                    select c.ov, c.ok, sum(b.ceiling) as ceiling, sum(b.spent) as spent
                    from outermost c
                    join current_tree ct on ct.version_id = c.version_id
                    join tree_node n on n.version_id = c.version_id and n.key = c.key
                    cross join lateral budget_below(ct.tree_id, c.key, :year, :month) b
                    group by c.ov, c.ok
                ), figures as (
                    select o.agency, o.key, o.level, o.statement, o.position, o.total, own.ceiling as own_ceiling,
                           own.spent as own_spent, """ + capaian + """
                            as capaian,
                           case when own.ceiling is not null or cb.ceiling is not null
                                then coalesce(own.ceiling, 0) + coalesce(cb.ceiling, 0) end as ceiling,
                           case when own.ceiling is not null or cb.ceiling is not null
                                then coalesce(own.spent, 0) + coalesce(cb.spent, 0) end as spent
                    from outcome o
                    cross join lateral budget_below(o.tree_id, o.key, :year, :month) own
                    left join contributed cb on cb.ov = o.version_id and cb.ok = o.key
                    left join node_score s on s.version_id = o.version_id and s.year = :year and s.key = o.key
                )
                select f.agency, f.key as node, f.level, f.statement, f.capaian, f.own_ceiling, f.own_spent, f.ceiling,
                       f.spent, absorption(f.spent, f.ceiling) as absorption, """
                + efficiency("f.capaian", "absorption(f.spent, f.ceiling)") + """
                , f.total
                from figures f
                order by f.agency, f.position""";
        Slice<OutcomeEfficiency> page = sql.page(query, OUTCOME, q -> {
            bind(q, scope, month);
            bindThresholds(q);
        }, paging.offset(), paging.size());
        return Report.of(scope, page, paging, OUTCOME_COLUMNS).counting(4, verifiedOnly);
    }

    /** Efficiency of every agency's tree: the tree's capaian against the absorption of its whole budget. */
    @Transactional
    public Report<AgencyEfficiency> agencies(ReportScope scope, int month, boolean verifiedOnly, PageRequest paging) {
        String capaian = "round(s." + (verifiedOnly ? "verified_score" : "score") + ", 2)";
        String query = """
                with page as (
                    select ct.tree_id, ct.version_id, a.code as agency, count(*) over () as total
                    from current_tree ct
                    join agency a on a.id = ct.agency_id
                    where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                    order by a.code
                    limit :limit offset :offset
                ), figures as (
                    select p.agency, p.total, """ + capaian + """
                            as capaian, b.ceiling, b.spent
                    from page p
                    left join tree_score s on s.version_id = p.version_id and s.year = :year
                    cross join lateral (
                        select sum(ceiling_in_force(nb.original_ceiling, nb.revised_ceiling)) as ceiling,
                               sum(spent_to(nb.spending, :month)) as spent
                        from node_budget nb
                        join tree_node x on x.version_id = p.version_id and x.key = nb.node_key
                        where nb.tree_id = p.tree_id and nb.year = :year) b
                )
                select f.agency, f.capaian, f.ceiling, f.spent, absorption(f.spent, f.ceiling) as absorption, """
                + efficiency("f.capaian", "absorption(f.spent, f.ceiling)") + """
                , f.total
                from figures f
                order by f.agency""";
        Slice<AgencyEfficiency> page = sql.page(query, AGENCY, q -> {
            bind(q, scope, month);
            bindThresholds(q);
        }, paging.offset(), paging.size());
        return Report.of(scope, page, paging, AGENCY_COLUMNS).counting(4, verifiedOnly);
    }
}
