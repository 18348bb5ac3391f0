package id.sinergi.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sinergi.budget.BudgetRequest.Line;
import id.sinergi.budget.BudgetRequest.MonthSpending;
import id.sinergi.budget.BudgetRequest.NodeSpending;
import id.sinergi.cascade.Level;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;
import id.sinergi.problem.ViolationList;

/**
 * The rules a year's budget satisfies, in plain Java: every line names an activity or sub-activity of the
 * current version once (an activity with sub-activities is budgeted through them, so that no rupiah is
 * counted twice up the tree), ceilings and spending are amounts in rupiah, months are 1 to 12, each once.
 */
public final class BudgetRules {

    /** The largest amount accepted, IDR: ten thousand trillion, above any state budget. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1e16");
    /** Amounts carry sen at most. */
    static final int MAX_SCALE = 2;

    /** What the rules need to know of a node of the current version. */
    public record NodeFacts(Level level, boolean hasSubActivities) {
    }

    private final Map<String, NodeFacts> nodes;
    private final ViolationList violations = new ViolationList();

    private BudgetRules(Map<String, NodeFacts> nodes) {
        this.nodes = nodes;
    }

    /** The violations of a year's budget lines; nodes: the facts of the nodes the lines name that exist. */
    public static ViolationList check(BudgetRequest budget, Map<String, NodeFacts> nodes) {
        BudgetRules rules = new BudgetRules(nodes);
        if (budget.lines() == null) {
            rules.violations.add(0, Violation.at("/lines", "REQUIRED", Text.of("budget.lines-required")));
            return rules.violations;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < budget.lines().size(); i++) {
            rules.line(i, budget.lines().get(i), seen);
        }
        return rules.violations;
    }

    /** The violations of one month's spending report: nodes must have a budget line for the year. */
    public static ViolationList checkMonth(BudgetRequest.MonthReport report, Set<String> budgeted) {
        BudgetRules rules = new BudgetRules(Map.of());
        if (report.lines() == null) {
            rules.violations.add(0, Violation.at("/lines", "REQUIRED", Text.of("budget.spending-lines-required")));
            return rules.violations;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < report.lines().size(); i++) {
            NodeSpending line = report.lines().get(i);
            String at = "/lines/" + i;
            if (line == null) {
                rules.violations.add(i, Violation.at(at, "REQUIRED", Text.of("budget.line-null")));
                continue;
            }
            if (line.node() == null || line.node().isBlank()) {
                rules.violations.add(i, Violation.at(at + "/node", "REQUIRED", Text.of("budget.node-required")));
            } else if (!seen.add(line.node())) {
                rules.violations.add(i, Violation.at(at + "/node", "BUDGET_LINE_DUPLICATE",
                        Text.of("budget.line-listed-twice", Violation.quote(line.node()))));
            } else if (!budgeted.contains(line.node())) {
                rules.violations.add(i, Violation.at(at + "/node", "BUDGET_LINE_MISSING",
                            Text.of("budget.line-missing", Violation.quote(line.node()))));
            }
            rules.amount(i, line.amount(), at + "/amount", true);
        }
        return rules.violations;
    }

    private void line(int i, Line line, Map<String, Integer> seen) {
        String at = "/lines/" + i;
        if (line == null) {
            violations.add(i, Violation.at(at, "REQUIRED", Text.of("budget.line-null")));
            return;
        }
        node(i, line.node(), at + "/node", seen);
        amount(i, line.originalCeiling(), at + "/originalCeiling", true);
        amount(i, line.revisedCeiling(), at + "/revisedCeiling", false);
        if (line.spending() == null) {
            return;
        }
        Set<Integer> months = new HashSet<>();
        for (int m = 0; m < line.spending().size(); m++) {
            MonthSpending spending = line.spending().get(m);
            String monthAt = at + "/spending/" + m;
            if (spending == null) {
                violations.add(i, Violation.at(monthAt, "REQUIRED", Text.of("budget.month-null")));
                continue;
            }
            if (spending.month() == null) {
                violations.add(i, Violation.at(monthAt + "/month", "REQUIRED", Text.of("budget.month-required")));
            } else if (spending.month() < 1 || spending.month() > 12) {
                violations.add(i, Violation.at(monthAt + "/month", "MONTH_OUT_OF_RANGE",
                        Text.of("budget.month-out-of-range")));
            } else if (!months.add(spending.month())) {
                violations.add(i, Violation.at(monthAt + "/month", "MONTH_DUPLICATE",
                        Text.of("budget.month-duplicate", spending.month())));
            }
            amount(i, spending.amount(), monthAt + "/amount", true);
        }
    }

    private void node(int i, String key, String at, Map<String, Integer> seen) {
        if (key == null || key.isBlank()) {
            violations.add(i, Violation.at(at, "REQUIRED", Text.of("budget.node-required")));
            return;
        }
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
            violations.add(i, Violation.at(at, "BUDGET_LINE_DUPLICATE",
                    Text.of("budget.line-duplicate", Violation.quote(key), first)));
            return;
        }
        NodeFacts facts = nodes.get(key);
        if (facts == null) {
            violations.add(i, Violation.at(at, "NODE_NOT_FOUND",
                    Text.of("budget.node-not-found", Violation.quote(key))));
        } else if (!facts.level().carriesInputs()) {
            violations.add(i, Violation.at(at, "BUDGET_NOT_ALLOWED", Text.of("budget.not-allowed", facts.level())));
        } else if (facts.hasSubActivities()) {
            violations.add(i, Violation.at(at, "BUDGET_ON_PARENT_ACTIVITY",
                    Text.of("budget.on-parent-activity", Violation.quote(key))));
        }
    }

    private void amount(int i, BigDecimal amount, String at, boolean required) {
        if (amount == null) {
            if (required) {
                violations.add(i, Violation.at(at, "REQUIRED", Text.of("budget.amount-required")));
            }
        } else if (amount.signum() < 0) {
            violations.add(i, Violation.at(at, "NEGATIVE_VALUE", Text.of("budget.amount-negative")));
        } else if (amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > MAX_SCALE && amount.stripTrailingZeros().scale() > MAX_SCALE) {
            violations.add(i, Violation.at(at, "AMOUNT_OUT_OF_RANGE",
                    Text.of("budget.amount-out-of-range", MAX_AMOUNT.toPlainString(), MAX_SCALE)));
        }
    }

    /** The months of a line as the stored array: index 0 is January, an unreported month null. */
    static BigDecimal[] months(List<MonthSpending> spending) {
        BigDecimal[] months = new BigDecimal[12];
        if (spending != null) {
            spending.forEach(s -> months[s.month() - 1] = s.amount());
        }
        return months;
    }
}
