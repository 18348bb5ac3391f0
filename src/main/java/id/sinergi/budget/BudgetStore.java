package id.sinergi.budget;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.sinergi.budget.BudgetRequest.Line;
import id.sinergi.budget.BudgetRequest.MonthSpending;
import id.sinergi.budget.BudgetRules.NodeFacts;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.Level;
import id.sinergi.cascade.TreeVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Budgets in SQL; runs inside the caller's transaction. */
@ApplicationScoped
public class BudgetStore {

    @Inject
    Jdbi jdbi;

    /** The level of each named node of the version, and whether it has sub-activities. */
    public Map<String, NodeFacts> nodeFacts(TreeVersion version, Collection<String> keys) {
        Map<String, NodeFacts> facts = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select n.key, n.level,
                               exists (select 1 from tree_node c
                                       where c.version_id = n.version_id and c.agency_id = n.agency_id and c.parent_key = n.key)
                                   and n.level = 'ACTIVITY' as has_sub_activities
                        from tree_node n
                        where n.version_id = :version and n.agency_id = :agency and n.key = any(:keys)""")
                .bind("version", version.id).bind("agency", version.agencyId).bindArray("keys", String.class, keys)
                .map((r, ctx) -> Map.entry(r.getString("key"),
                        new NodeFacts(Level.valueOf(r.getString("level")), r.getBoolean("has_sub_activities"))))
                .forEach(e -> facts.put(e.getKey(), e.getValue())));
        return facts;
    }

    /** Replaces the year's budget lines of the tree. */
    public void replace(CascadeTree tree, int year, List<Line> lines, String actor, Instant at) {
        jdbi.useHandle(handle -> {
            handle.createUpdate("delete from node_budget where tree_id = :tree and agency_id = :agency and year = :year")
                    .bind("tree", tree.id).bind("agency", tree.agencyId).bind("year", year).execute();
            PreparedBatch batch = handle.prepareBatch("""
                    insert into node_budget (agency_id, tree_id, node_key, year, original_ceiling, revised_ceiling,
                                             spending, updated_by, updated_at)
                    values (:agency, :tree, :node, :year, :original, :revised, :spending, :actor, :at)""");
            for (Line line : lines) {
                batch.bind("agency", tree.agencyId).bind("tree", tree.id).bind("node", line.node()).bind("year", year)
                        .bind("original", line.originalCeiling()).bind("revised", line.revisedCeiling())
                        .bindArray("spending", BigDecimal.class, Arrays.asList(BudgetRules.months(line.spending())))
                        .bind("actor", actor).bind("at", at).add();
            }
            if (!lines.isEmpty()) {
                batch.execute();
            }
            refreshRollup(handle, tree, year);
        });
    }

    /**
     * The budget below every node, as the reports read it (R__budget.sql), under the lock of the tree's derived
     * figures: a whole version's rescoring after commit may be replacing them at the same time.
     */
    private static void refreshRollup(Handle handle, CascadeTree tree, int year) {
        handle.createQuery("select 1 from lock_tree_figures(:tree)").bind("tree", tree.id).mapTo(Integer.class).one();
        handle.createQuery("select 1 from refresh_budget_rollup(:agency, :tree, :year)").bind("agency", tree.agencyId)
                .bind("tree", tree.id).bind("year", year).mapTo(Integer.class).one();
    }

    /** The nodes that have a budget line for the year. */
    public Set<String> budgetedNodes(CascadeTree tree, int year) {
        return jdbi.withHandle(handle -> Set.copyOf(handle.createQuery(
                        "select node_key from node_budget where tree_id = :tree and agency_id = :agency and year = :year")
                .bind("tree", tree.id).bind("agency", tree.agencyId).bind("year", year).mapTo(String.class).list()));
    }

    /** Sets one month's spending of the given lines. */
    public void spend(CascadeTree tree, int year, int month, List<BudgetRequest.NodeSpending> lines, String actor, Instant at) {
        jdbi.useHandle(handle -> {
            handle.createUpdate("""
                        update node_budget b set spending[:month] = s.amount, updated_by = :actor, updated_at = :at
                        from unnest(:nodes, :amounts) s (node_key, amount)
                        where b.tree_id = :tree and b.agency_id = :agency and b.year = :year and b.node_key = s.node_key""")
                .bind("month", month).bind("actor", actor).bind("at", at).bind("tree", tree.id)
                .bind("agency", tree.agencyId).bind("year", year)
                .bindArray("nodes", String.class, lines.stream().map(BudgetRequest.NodeSpending::node).toList())
                .bindArray("amounts", BigDecimal.class, lines.stream().map(BudgetRequest.NodeSpending::amount).toList())
                .execute();
            refreshRollup(handle, tree, year);
        });
    }

    /** The year's budget document, lines in the order of the current version's nodes (lines of removed nodes last). */
    public BudgetView document(CascadeTree tree, TreeVersion version, int year) {
        return jdbi.withHandle(handle -> {
            List<BudgetView.Line> lines = new ArrayList<>();
            BudgetView.Figures[] total = new BudgetView.Figures[1];
            handle.createQuery("""
                            with line as (
                                select b.node_key, n.nomenclature_code, n.level, n.statement, n.position, b.original_ceiling,
                                       b.revised_ceiling, ceiling_in_force(b.original_ceiling, b.revised_ceiling) as ceiling,
                                       spent_to(b.spending, 12) as spent, b.spending, b.updated_by, b.updated_at
                                from node_budget b
                                left join tree_node n on n.version_id = :version and n.agency_id = b.agency_id
                                                     and n.key = b.node_key
                                where b.tree_id = :tree and b.agency_id = :agency and b.year = :year
                            )
                            select l.*, absorption(l.spent, l.ceiling) as absorption,
                                   sum(l.original_ceiling) over () as total_original,
                                   -- once a line is revised, the total in force is the revised total (APBD-P)
                                   case when count(l.revised_ceiling) over () > 0 then sum(l.ceiling) over () end
                                       as total_revised,
                                   sum(l.ceiling) over () as total_ceiling, sum(l.spent) over () as total_spent,
                                   absorption(sum(l.spent) over (), sum(l.ceiling) over ()) as total_absorption
                            from line l
                            order by l.position nulls last, l.node_key""")
                    .bind("tree", tree.id).bind("agency", tree.agencyId).bind("version", version.id).bind("year", year)
                    .map((r, ctx) -> {
                        total[0] = new BudgetView.Figures(r.getBigDecimal("total_original"), r.getBigDecimal("total_revised"),
                                r.getBigDecimal("total_ceiling"), r.getBigDecimal("total_spent"),
                                r.getBigDecimal("total_absorption"));
                        return new BudgetView.Line(r.getString("node_key"), r.getString("nomenclature_code"),
                                r.getString("level") == null ? null : Level.valueOf(r.getString("level")),
                                r.getString("statement"),
                                new BudgetView.Figures(r.getBigDecimal("original_ceiling"), r.getBigDecimal("revised_ceiling"),
                                        r.getBigDecimal("ceiling"), r.getBigDecimal("spent"), r.getBigDecimal("absorption")),
                                months(r.getArray("spending")), r.getString("updated_by"),
                                r.getTimestamp("updated_at").toInstant());
                    })
                    .forEach(lines::add);
            BudgetView.Figures sum = total[0] != null ? total[0]
                    : new BudgetView.Figures(BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO, null);
            return new BudgetView(tree.agency.code, tree.period.code, year, sum, lines);
        });
    }

    private static List<MonthSpending> months(Array array) throws SQLException {
        BigDecimal[] months = (BigDecimal[]) array.getArray();
        List<MonthSpending> reported = new ArrayList<>();
        for (int m = 0; m < months.length; m++) {
            if (months[m] != null) {
                reported.add(new MonthSpending(m + 1, months[m]));
            }
        }
        return reported;
    }
}
