package id.sinergi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Level;
import id.sinergi.common.PageRequest;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Outcome to input: the budget and staff behind every GOAL and TARGET, its own and what other agencies
 * contribute (definition: docs/domain.md, "Outcome to input").
 */
@ApplicationScoped
public class InputsReport {

    static final List<String> COLUMNS = List.of("agency", "node", "level", "statement", "budget", "staff",
            "contributedBudget", "contributedStaff", "totalBudget", "totalStaff", "ceiling", "spent", "absorption",
            "contributedCeiling", "contributedSpent", "totalCeiling", "totalSpent", "totalAbsorption", "contributor",
            "contributorNodes", "contributorBudget", "contributorStaff", "contributorCeiling", "contributorSpent");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InputContributor")
    public record Contributor(String agency, List<String> nodes, BigDecimal budget, BigDecimal staff,
                              @Schema(description = "Ceiling in force of its budget lines (Budgets)") @MayBeAbsent BigDecimal ceiling,
                              @Schema(description = "Spent from them") @MayBeAbsent BigDecimal spent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutcomeInputs")
    public record OutcomeInputs(String agency, String node, Level level, String statement,
                          @Schema(description = "Budget (IDR) of the agency's own activities below the outcome") BigDecimal budget,
                          @Schema(description = "Staff (FTE) of those activities") BigDecimal staff,
                          BigDecimal contributedBudget, BigDecimal contributedStaff, BigDecimal totalBudget,
                          BigDecimal totalStaff,
                          @Schema(description = "Ceiling in force (pagu) of the budget lines below the outcome in the "
                                  + "agency's own tree (Budgets); absent without any") @MayBeAbsent BigDecimal ceiling,
                          @Schema(description = "Spent from them") @MayBeAbsent BigDecimal spent,
                          @Schema(description = "Serapan of the own budget: spent / ceiling x 100") @MayBeAbsent BigDecimal absorption,
                          @Schema(description = "Ceilings of the contributors' budget lines") @MayBeAbsent BigDecimal contributedCeiling,
                          @Schema(description = "Spent from them") @MayBeAbsent BigDecimal contributedSpent,
                          @MayBeAbsent BigDecimal totalCeiling, @MayBeAbsent BigDecimal totalSpent,
                          @Schema(description = "Serapan of own and contributed budget together") @MayBeAbsent BigDecimal totalAbsorption,
                          List<Contributor> contributors) implements Report.Row {
        /** CSV: one line per contributor, the outcome's columns repeated (one with empty contributor columns when none). */
        @Override
        public List<List<Object>> lines() {
            List<Object> head = Arrays.asList(agency, node, level, statement, budget, staff, contributedBudget,
                    contributedStaff, totalBudget, totalStaff, ceiling, spent, absorption, contributedCeiling,
                    contributedSpent, totalCeiling, totalSpent, totalAbsorption);
            if (contributors.isEmpty()) {
                return List.of(concat(head, Arrays.asList(null, null, null, null, null, null)));
            }
            return contributors.stream().map(c -> concat(head, Arrays.asList(c.agency(), String.join(" ", c.nodes()),
                    c.budget(), c.staff(), c.ceiling(), c.spent()))).toList();
        }

        private static List<Object> concat(List<Object> head, List<Object> tail) {
            List<Object> line = new ArrayList<>(head);
            line.addAll(tail);
            return line;
        }
    }

    /**
     * The nodes of other agencies that contribute to each outcome of an {@code outcome} CTE (columns agency_id,
     * period_id, version_id, key, level) through supports references and accepted links, each counted once
     * (outermost: a contributing node inside another one's subtree is counted with it). Shared by the reports
     * that set an outcome against what reaches it (outcome to input, efficiency).
     */
    static final String CONTRIBUTIONS = """
            , below as (
                select o.version_id as ov, o.key as ok, x.key
                from outcome o
                join tree_node x on x.version_id = o.version_id
                 and (o.level = 'GOAL' and x.goal_key = o.key or o.level = 'TARGET' and x.target_key = o.key)
            ), contribution as (
                select distinct b.ov, b.ok, s.version_id, s.key
                from below b
                join outcome o on o.version_id = b.ov and o.key = b.ok
                join tree_node s on s.supports_agency_id = o.agency_id and s.supports_period_id = o.period_id
                                and s.supports_key = b.key
                join current_tree st on st.version_id = s.version_id and st.agency_id <> o.agency_id
                union
                select b.ov, b.ok, other.version_id, l.target_node_key
                from below b
                join outcome o on o.version_id = b.ov and o.key = b.ok
                join crosscutting_link l on l.source_agency_id = o.agency_id and l.source_node_key = b.key
                 and l.period_id = o.period_id and l.status = 'ACCEPTED' and l.target_node_key is not null
                join current_tree other on other.period_id = o.period_id and other.agency_id = l.target_agency_id
                union
                select b.ov, b.ok, other.version_id, l.source_node_key
                from below b
                join outcome o on o.version_id = b.ov and o.key = b.ok
                join crosscutting_link l on l.target_agency_id = o.agency_id and l.target_node_key = b.key
                 and l.period_id = o.period_id and l.status = 'ACCEPTED'
                join current_tree other on other.period_id = o.period_id and other.agency_id = l.source_agency_id
            ), outermost as (
                select c.* from contribution c
                join tree_node n on n.version_id = c.version_id and n.key = c.key
                where not exists (select 1 from contribution up
                                  where up.ov = c.ov and up.ok = c.ok and up.version_id = c.version_id and up.key <> c.key
                                    and up.key in (n.goal_key, n.target_key, n.program_key, n.activity_key))
            )
            """;

    /** The page of outcomes (GOAL, TARGET) of the current trees in scope, with their total: every figure is summed for these only. */
    static final String OUTCOME_PAGE = """
            with outcome as materialized (
                select ct.agency_id, ct.period_id, ct.tree_id, a.code as agency, n.version_id, n.key, n.level, n.statement,
                       n.position, count(*) over () as total
                from current_tree ct
                join agency a on a.id = ct.agency_id
                join tree_node n on n.version_id = ct.version_id and n.level in ('GOAL', 'TARGET')
                where ct.period_id = :period and (:agency::bigint is null or ct.agency_id = :agency)
                order by a.code, n.position
                limit :limit offset :offset
            )""";

    static final String SQL = OUTCOME_PAGE + CONTRIBUTIONS + """
            , subtree as (
                -- the subtree sums stored with the scores (refresh_scores): for the year, or over the period; the
                -- ceilings and spending of the budget lines below (budget_below) likewise
                select s.version_id, s.key, sum(s.budget) as budget, max(s.staff) as staff, max(b.ceiling) as ceiling,
                       max(b.spent) as spent
                from (select version_id, key from outcome union select version_id, key from outermost) k
                join planning_period p on p.id = :period
                join current_tree ct on ct.version_id = k.version_id
                join tree_node n on n.version_id = k.version_id and n.key = k.key
                join node_score s on s.version_id = k.version_id and s.key = k.key
                                 and s.year between p.first_year and p.last_year and (:year::int is null or s.year = :year)
                left join lateral budget_below(ct.tree_id, k.key, :year, 12) b on true
                group by s.version_id, s.key
            ), contributor as (
                select c.ov, c.ok, a.code as agency, array_agg(c.key order by c.key) as nodes,
                       sum(s.budget) as budget, sum(s.staff) as staff, sum(s.ceiling) as ceiling, sum(s.spent) as spent
                from outermost c
                join current_tree ct on ct.version_id = c.version_id
                join agency a on a.id = ct.agency_id
                left join subtree s on s.version_id = c.version_id and s.key = c.key
                group by c.ov, c.ok, a.code
            ), total as (
                select ov, ok, sum(budget) as budget, sum(staff) as staff, sum(ceiling) as ceiling, sum(spent) as spent
                from contributor group by ov, ok
            )
            select o.agency, o.key, o.level, o.statement, coalesce(own.budget, 0) as budget, coalesce(own.staff, 0) as staff,
                   coalesce(t.budget, 0) as contributed_budget, coalesce(t.staff, 0) as contributed_staff,
                   coalesce(own.budget, 0) + coalesce(t.budget, 0) as total_budget,
                   coalesce(own.staff, 0) + coalesce(t.staff, 0) as total_staff,
                   own.ceiling, own.spent, absorption(own.spent, own.ceiling) as absorption,
                   t.ceiling as contributed_ceiling, t.spent as contributed_spent,
                   case when own.ceiling is not null or t.ceiling is not null
                        then coalesce(own.ceiling, 0) + coalesce(t.ceiling, 0) end as total_ceiling,
                   case when own.ceiling is not null or t.ceiling is not null
                        then coalesce(own.spent, 0) + coalesce(t.spent, 0) end as total_spent,
                   absorption(coalesce(own.spent, 0) + coalesce(t.spent, 0), coalesce(own.ceiling, 0) + coalesce(t.ceiling, 0))
                       as total_absorption,
                   c.agency as contributor, c.nodes as contributor_nodes, coalesce(c.budget, 0) as contributor_budget,
                   coalesce(c.staff, 0) as contributor_staff, c.ceiling as contributor_ceiling, c.spent as contributor_spent,
                   o.total
            from outcome o
            left join subtree own on own.version_id = o.version_id and own.key = o.key
            left join total t on t.ov = o.version_id and t.ok = o.key
            left join contributor c on c.ov = o.version_id and c.ok = o.key
            order by o.agency, o.position, c.agency
            """;

    @Inject
    ReportSql sql;

    private record Line(OutcomeInputs outcome, Contributor contributor) {
    }

    @Transactional
    public Report<OutcomeInputs> report(ReportScope scope, PageRequest paging) {
        Slice<Line> lines = sql.page(SQL, (r, context) -> new Line(
                new OutcomeInputs(r.getString("agency"), r.getString("key"), Level.valueOf(r.getString("level")),
                        r.getString("statement"), r.getBigDecimal("budget"), r.getBigDecimal("staff"),
                        r.getBigDecimal("contributed_budget"), r.getBigDecimal("contributed_staff"),
                        r.getBigDecimal("total_budget"), r.getBigDecimal("total_staff"), r.getBigDecimal("ceiling"),
                        r.getBigDecimal("spent"), r.getBigDecimal("absorption"), r.getBigDecimal("contributed_ceiling"),
                        r.getBigDecimal("contributed_spent"), r.getBigDecimal("total_ceiling"),
                        r.getBigDecimal("total_spent"), r.getBigDecimal("total_absorption"), new ArrayList<>()),
                r.getString("contributor") == null ? null : new Contributor(r.getString("contributor"),
                        ReportSql.strings(r.getArray("contributor_nodes")), r.getBigDecimal("contributor_budget"),
                        r.getBigDecimal("contributor_staff"), r.getBigDecimal("contributor_ceiling"),
                        r.getBigDecimal("contributor_spent"))),
                query -> query.bind("period", scope.periodId()).bind("agency", scope.agencyId()).bind("year", scope.year()),
                paging.offset(), paging.size());
        return Report.of(scope, new Slice<>(ReportSql.gather(lines.items(), line -> List.of(line.outcome().agency(),
                line.outcome().node()), Line::outcome, (outcome, line) -> {
                    if (line.contributor() != null) {
                        outcome.contributors().add(line.contributor());
                    }
                }), lines.total()), paging, COLUMNS);
    }
}
