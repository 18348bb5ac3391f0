package id.sinergi.budget;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.sinergi.cascade.CascadeService;
import id.sinergi.cascade.CascadeTree;
import id.sinergi.cascade.TreeVersion;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.Text;
import id.sinergi.problem.ViolationList;
import id.sinergi.security.Caller;

/**
 * Budgets belong to a tree and a node key, like realisations: a revision that keeps an activity's key keeps
 * its budget. The whole year is replaced at once (the DPA as the finance unit holds it), or one month's
 * spending is added to it.
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    CascadeService cascades;

    @Inject
    BudgetStore store;

    @Inject
    Caller caller;

    @Transactional
    public BudgetView replace(String agencyCode, String periodCode, int year, BudgetRequest budget) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode, year);
        TreeVersion version = CascadeService.version(tree, tree.currentVersion);
        List<String> keys = budget.lines() == null ? List.of()
                : budget.lines().stream().filter(Objects::nonNull).map(BudgetRequest.Line::node).filter(Objects::nonNull)
                        .distinct().toList();
        ViolationList violations = BudgetRules.check(budget, store.nodeFacts(version, keys));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Text.of("budget.rejected", violations.total()), violations);
        }
        store.replace(tree, year, budget.lines(), caller.name(), Instant.now());
        return store.document(tree, version, year);
    }

    @Transactional
    public BudgetView spend(String agencyCode, String periodCode, int year, int month, BudgetRequest.MonthReport report) {
        CascadeTree tree = cascades.treeToChange(agencyCode, periodCode, year);
        ViolationList violations = BudgetRules.checkMonth(report, store.budgetedNodes(tree, year));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(Text.of("budget.spending-rejected", violations.total()), violations);
        }
        store.spend(tree, year, month, report.lines(), caller.name(), Instant.now());
        return store.document(tree, CascadeService.version(tree, tree.currentVersion), year);
    }

    @Transactional
    public BudgetView read(String agencyCode, String periodCode, int year) {
        CascadeTree tree = cascades.tree(agencyCode, periodCode, year);
        return store.document(tree, CascadeService.version(tree, tree.currentVersion), year);
    }
}
