package id.sinergi.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sinergi.cascade.TreeSubmission.Indicator;
import id.sinergi.cascade.TreeSubmission.Node;
import id.sinergi.cascade.TreeSubmission.Target;
import id.sinergi.common.Codes;
import id.sinergi.problem.Violation;

/**
 * The rules a submitted cascade tree must satisfy (DOMAIN.md, "Rules a submitted tree must satisfy").
 * Collects every violation rather than stopping at the first, so a planner can fix a tree in one round.
 * Plain Java: what it needs from the database comes through {@link References}.
 */
public final class TreeValidator {

    static final int MAX_STATEMENT_LENGTH = 4000;
    static final int MAX_SHORT_TEXT = 300;

    /** What the rules need to know about the rest of the dataset. */
    public interface References {
        /** Of the given agency codes, those that are registered. */
        Set<String> knownAgencies(Collection<String> codes);

        /** Of the given period codes, those that are registered. */
        Set<String> knownPeriods(Collection<String> codes);

        /** How other trees (their current versions) use the given shared codes, by code. */
        Map<String, SharedCodeUse> sharedCodeUses(Collection<String> codes);
    }

    /** How a shared indicator code is used elsewhere: its unit and polarity, and one tree that uses it. */
    public record SharedCodeUse(String unit, Polarity polarity, String agency, String indicatorKey) {
    }

    /** The tree being validated: which agency, which period. */
    public record Context(String agency, String period, int firstYear, int lastYear) {
    }

    /** A node in submission order with the parent it ended up with (explicit or by nesting). */
    public record FlatNode(Node node, String parent, String pointer) {
    }

    /** The result: the flattened nodes, and every violation (empty when the tree is valid). */
    public record Result(List<FlatNode> nodes, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }

        public int indicatorCount() {
            return nodes.stream().mapToInt(n -> n.node().indicators() == null ? 0 : n.node().indicators().size()).sum();
        }
    }

    private final Context context;
    private final References references;
    private final List<Violation> violations = new ArrayList<>();

    private TreeValidator(Context context, References references) {
        this.context = context;
        this.references = references;
    }

    public static Result validate(TreeSubmission tree, Context context, References references) {
        return new TreeValidator(context, references).run(tree);
    }

    private Result run(TreeSubmission tree) {
        List<FlatNode> flat = new ArrayList<>();
        if (tree == null || tree.nodes() == null) {
            violations.add(Violation.at("/nodes", "REQUIRED", "a tree needs a list of nodes"));
            return new Result(flat, violations);
        }
        if (tree.nodes().isEmpty()) {
            violations.add(Violation.at("/nodes", "TREE_EMPTY", "a tree needs at least one GOAL node"));
        }
        flatten(tree.nodes(), null, "/nodes", flat);
        Map<String, FlatNode> byKey = checkNodeKeys(flat);
        for (FlatNode n : flat) {
            checkNode(n, byKey);
        }
        checkCycles(flat, byKey);
        checkIndicators(flat);
        checkReferences(flat);
        return new Result(flat, inDocumentOrder(flat));
    }

    /** Violations node by node, in the order the nodes stand in the submission (a stable sort keeps rule order within a node). */
    private List<Violation> inDocumentOrder(List<FlatNode> flat) {
        Map<String, Integer> nodeOrder = new HashMap<>();
        for (int i = 0; i < flat.size(); i++) {
            nodeOrder.put(flat.get(i).pointer(), i);
        }
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparingInt(v -> owningNode(v.pointer(), nodeOrder)));
        return sorted;
    }

    private static int owningNode(String pointer, Map<String, Integer> nodeOrder) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Integer index = nodeOrder.get(p);
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    private void flatten(List<Node> nodes, String enclosingKey, String pointer, List<FlatNode> out) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String at = pointer + "/" + i;
            if (node == null) {
                violations.add(Violation.at(at, "REQUIRED", "a node cannot be null"));
                continue;
            }
            String parent = node.parent();
            if (enclosingKey != null) {
                if (parent != null && !parent.equals(enclosingKey)) {
                    violations.add(Violation.at(at + "/parent", "PARENT_CONFLICT", "node is nested in '" + enclosingKey
                            + "' but names '" + parent + "' as its parent"));
                }
                parent = enclosingKey;
            }
            out.add(new FlatNode(node, parent, at));
            if (node.children() != null) {
                flatten(node.children(), node.key(), at + "/children", out);
            }
        }
    }

    private Map<String, FlatNode> checkNodeKeys(List<FlatNode> flat) {
        Map<String, FlatNode> byKey = new HashMap<>();
        for (FlatNode n : flat) {
            String key = n.node().key();
            if (checkKey(key, n.pointer() + "/key")) {
                FlatNode first = byKey.putIfAbsent(key, n);
                if (first != null) {
                    violations.add(Violation.at(n.pointer() + "/key", "NODE_KEY_DUPLICATE",
                            "node key '" + key + "' is already used at " + first.pointer()));
                }
            }
        }
        return byKey;
    }

    private void checkNode(FlatNode n, Map<String, FlatNode> byKey) {
        Node node = n.node();
        String at = n.pointer();
        if (node.level() == null) {
            violations.add(Violation.at(at + "/level", "REQUIRED", "level is required"));
        }
        requireText(node.statement(), at + "/statement", MAX_STATEMENT_LENGTH);
        if (node.owner() == null) {
            violations.add(Violation.at(at + "/owner", "REQUIRED", "owner (penanggung jawab) is required"));
        } else {
            requireText(node.owner().agency(), at + "/owner/agency", 64);
            optionalText(node.owner().position(), at + "/owner/position", MAX_SHORT_TEXT);
        }
        if (n.parent() == null) {
            if (node.level() != null && node.level() != Level.GOAL) {
                violations.add(Violation.at(at + "/parent", "ROOT_NOT_GOAL",
                        "only a GOAL (tujuan) stands at the root; level " + node.level() + " needs a parent"));
            }
        } else {
            FlatNode parent = byKey.get(n.parent());
            if (parent == null) {
                violations.add(Violation.at(at + "/parent", "PARENT_NOT_FOUND",
                        "parent '" + n.parent() + "' is not a node of this tree"));
            } else if (node.level() != null && parent.node().level() != null
                    && parent.node().level().childLevel() != node.level()) {
                Level expected = parent.node().level().childLevel();
                violations.add(Violation.at(at + "/level", "LEVEL_STEP", "level " + node.level() + " cannot stand below "
                        + parent.node().level() + " '" + n.parent() + "'; "
                        + (expected == null ? "a " + parent.node().level() + " has no children" : "expected " + expected)));
            }
        }
        if (node.inputs() != null) {
            checkInputs(node, at + "/inputs");
        }
        if (node.tags() != null) {
            for (int i = 0; i < node.tags().size(); i++) {
                requireText(node.tags().get(i), at + "/tags/" + i, 100);
            }
        }
        if (node.supports() != null) {
            var s = node.supports();
            requireText(s.agency(), at + "/supports/agency", 64);
            requireText(s.period(), at + "/supports/period", 32);
            checkKey(s.key(), at + "/supports/key");
            if (context.agency().equals(s.agency()) && context.period().equals(s.period())) {
                violations.add(Violation.at(at + "/supports", "SUPPORTS_OWN_TREE",
                        "supports names this very tree; use parent for links inside a tree"));
            }
        }
    }

    private void checkInputs(Node node, String at) {
        if (node.level() != null && !node.level().carriesInputs()) {
            violations.add(Violation.at(at, "INPUTS_NOT_ALLOWED",
                    "inputs attach to ACTIVITY and SUB_ACTIVITY nodes, not to a " + node.level()));
        }
        var inputs = node.inputs();
        if (inputs.budget() != null) {
            inputs.budget().forEach((year, amount) -> {
                String yearAt = at + "/budget/" + year;
                if (!inPeriod(year)) {
                    violations.add(Violation.at(yearAt, "BUDGET_YEAR_OUTSIDE_PERIOD", outsidePeriod(year)));
                }
                if (amount == null) {
                    violations.add(Violation.at(yearAt, "REQUIRED", "budget amount is required"));
                } else if (amount.signum() < 0) {
                    violations.add(Violation.at(yearAt, "NEGATIVE_VALUE", "budget cannot be negative"));
                }
            });
        }
        if (inputs.staff() != null && inputs.staff().signum() < 0) {
            violations.add(Violation.at(at + "/staff", "NEGATIVE_VALUE", "staff cannot be negative"));
        }
        optionalText(inputs.facilities(), at + "/facilities", MAX_STATEMENT_LENGTH);
    }

    /** Every node must reach a root by following parents; nodes in a loop never do. */
    private void checkCycles(List<FlatNode> flat, Map<String, FlatNode> byKey) {
        Set<String> settled = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (FlatNode start : flat) {
            List<String> chain = new ArrayList<>();
            Set<String> onChain = new HashSet<>();
            FlatNode current = start;
            while (current != null && current.node().key() != null && !settled.contains(current.node().key())) {
                String key = current.node().key();
                if (!onChain.add(key)) {
                    List<String> loop = chain.subList(chain.indexOf(key), chain.size());
                    for (String member : loop) {
                        if (reported.add(member)) {
                            violations.add(Violation.at(byKey.get(member).pointer() + "/parent", "CYCLE",
                                    "parents form a loop: " + String.join(" -> ", loop) + " -> " + key));
                        }
                    }
                    break;
                }
                chain.add(key);
                current = current.parent() == null ? null : byKey.get(current.parent());
            }
            // Each node is walked once: it either reaches a root or was just reported as (leading into) a loop.
            settled.addAll(chain);
        }
    }

    private void checkIndicators(List<FlatNode> flat) {
        Map<String, String> keyPointers = new HashMap<>();
        Map<String, CodeInTree> codes = new LinkedHashMap<>();
        for (FlatNode n : flat) {
            List<Indicator> indicators = n.node().indicators();
            if (indicators == null) {
                continue;
            }
            for (int i = 0; i < indicators.size(); i++) {
                String at = n.pointer() + "/indicators/" + i;
                Indicator indicator = indicators.get(i);
                if (indicator == null) {
                    violations.add(Violation.at(at, "REQUIRED", "an indicator cannot be null"));
                    continue;
                }
                if (checkKey(indicator.key(), at + "/key")) {
                    String first = keyPointers.putIfAbsent(indicator.key(), at);
                    if (first != null) {
                        violations.add(Violation.at(at + "/key", "INDICATOR_KEY_DUPLICATE",
                                "indicator key '" + indicator.key() + "' is already used at " + first));
                    }
                }
                checkIndicator(indicator, at);
                if (indicator.code() != null && checkKey(indicator.code(), at + "/code")
                        && indicator.unit() != null && indicator.polarity() != null) {
                    CodeInTree first = codes.putIfAbsent(indicator.code(), new CodeInTree(indicator, at));
                    if (first != null) {
                        compareSharedCode(indicator, at, first.indicator().unit(), first.indicator().polarity(),
                                "at " + first.pointer() + " in this tree");
                    }
                }
            }
        }
        if (!codes.isEmpty()) {
            Map<String, SharedCodeUse> elsewhere = references.sharedCodeUses(codes.keySet());
            codes.forEach((code, use) -> {
                SharedCodeUse other = elsewhere.get(code);
                if (other != null) {
                    compareSharedCode(use.indicator(), use.pointer(), other.unit(), other.polarity(),
                            "by agency '" + other.agency() + "' (indicator '" + other.indicatorKey() + "')");
                }
            });
        }
    }

    private record CodeInTree(Indicator indicator, String pointer) {
    }

    private void compareSharedCode(Indicator indicator, String at, String unit, Polarity polarity, String where) {
        if (!indicator.unit().strip().equalsIgnoreCase(unit.strip())) {
            violations.add(Violation.at(at + "/unit", "SHARED_CODE_UNIT_MISMATCH", "shared code '" + indicator.code()
                    + "' is measured in '" + unit + "' " + where + ", not in '" + indicator.unit() + "'"));
        }
        if (indicator.polarity() != polarity) {
            violations.add(Violation.at(at + "/polarity", "SHARED_CODE_POLARITY_MISMATCH", "shared code '"
                    + indicator.code() + "' has polarity " + polarity + " " + where + ", not " + indicator.polarity()));
        }
    }

    private void checkIndicator(Indicator indicator, String at) {
        requireText(indicator.name(), at + "/name", MAX_STATEMENT_LENGTH);
        requireText(indicator.unit(), at + "/unit", 100);
        if (indicator.polarity() == null) {
            violations.add(Violation.at(at + "/polarity", "REQUIRED", "polarity is required"));
        }
        if (indicator.weight() != null && indicator.weight().signum() <= 0) {
            violations.add(Violation.at(at + "/weight", "WEIGHT_NOT_POSITIVE", "weight must be greater than 0"));
        }
        if (indicator.baseline() != null) {
            var baseline = indicator.baseline();
            if (baseline.year() == null) {
                violations.add(Violation.at(at + "/baseline/year", "REQUIRED", "baseline year is required"));
            } else if (baseline.year() < context.firstYear() - 1 || baseline.year() > context.lastYear()) {
                violations.add(Violation.at(at + "/baseline/year", "BASELINE_YEAR_OUTSIDE_PERIOD", "baseline year "
                        + baseline.year() + " is neither in period " + context.period() + " nor the year before it"));
            }
            if (baseline.value() == null) {
                violations.add(Violation.at(at + "/baseline/value", "REQUIRED", "baseline value is required"));
            }
        }
        optionalText(indicator.definition(), at + "/definition", MAX_STATEMENT_LENGTH);
        optionalText(indicator.formula(), at + "/formula", MAX_STATEMENT_LENGTH);
        optionalText(indicator.dataSource(), at + "/dataSource", MAX_STATEMENT_LENGTH);
        if (indicator.targets() != null) {
            checkTargets(indicator, at + "/targets");
        }
    }

    private void checkTargets(Indicator indicator, String at) {
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target target = indicator.targets().get(i);
            String targetAt = at + "/" + i;
            if (target == null) {
                violations.add(Violation.at(targetAt, "REQUIRED", "a target cannot be null"));
                continue;
            }
            if (target.year() == null) {
                violations.add(Violation.at(targetAt + "/year", "REQUIRED", "target year is required"));
            } else if (!inPeriod(target.year())) {
                violations.add(Violation.at(targetAt + "/year", "TARGET_YEAR_OUTSIDE_PERIOD", outsidePeriod(target.year())));
            } else if (!years.add(target.year())) {
                violations.add(Violation.at(targetAt + "/year", "TARGET_YEAR_DUPLICATE",
                        "a target for " + target.year() + " is already given"));
            }
            if (indicator.polarity() == Polarity.RANGE) {
                if (target.min() == null || target.max() == null || target.value() != null) {
                    violations.add(Violation.at(targetAt, "RANGE_BAND_REQUIRED",
                            "a RANGE indicator's target is a band: give min and max, not value"));
                } else if (target.min().compareTo(target.max()) > 0) {
                    violations.add(Violation.at(targetAt + "/min", "RANGE_MIN_ABOVE_MAX",
                            "min " + plain(target.min()) + " is above max " + plain(target.max())));
                }
            } else if (indicator.polarity() != null && (target.value() == null || target.min() != null || target.max() != null)) {
                violations.add(Violation.at(targetAt, "TARGET_VALUE_REQUIRED",
                        "a " + indicator.polarity() + " indicator's target is a single value, not a band"));
            }
        }
    }

    private void checkReferences(List<FlatNode> flat) {
        Set<String> agencies = new HashSet<>();
        Set<String> periods = new HashSet<>();
        for (FlatNode n : flat) {
            if (n.node().owner() != null && n.node().owner().agency() != null) {
                agencies.add(n.node().owner().agency());
            }
            if (n.node().supports() != null) {
                if (n.node().supports().agency() != null) {
                    agencies.add(n.node().supports().agency());
                }
                if (n.node().supports().period() != null) {
                    periods.add(n.node().supports().period());
                }
            }
        }
        Set<String> knownAgencies = agencies.isEmpty() ? Set.of() : references.knownAgencies(agencies);
        Set<String> knownPeriods = periods.isEmpty() ? Set.of() : references.knownPeriods(periods);
        for (FlatNode n : flat) {
            var owner = n.node().owner();
            if (owner != null && owner.agency() != null && !knownAgencies.contains(owner.agency())) {
                violations.add(Violation.at(n.pointer() + "/owner/agency", "OWNER_AGENCY_UNKNOWN",
                        "no agency with code '" + owner.agency() + "'"));
            }
            var supports = n.node().supports();
            if (supports != null && supports.agency() != null && !knownAgencies.contains(supports.agency())) {
                violations.add(Violation.at(n.pointer() + "/supports/agency", "SUPPORTS_AGENCY_UNKNOWN",
                        "no agency with code '" + supports.agency() + "'"));
            }
            if (supports != null && supports.period() != null && !knownPeriods.contains(supports.period())) {
                violations.add(Violation.at(n.pointer() + "/supports/period", "SUPPORTS_PERIOD_UNKNOWN",
                        "no planning period with code '" + supports.period() + "'"));
            }
        }
    }

    private boolean checkKey(String key, String at) {
        if (key == null || key.isBlank()) {
            violations.add(Violation.at(at, "REQUIRED", "a key is required"));
            return false;
        }
        if (!Codes.isValid(key, Codes.MAX_KEY_LENGTH)) {
            violations.add(Violation.at(at, "KEY_FORMAT", "'" + key + "' is not a valid key: up to "
                    + Codes.MAX_KEY_LENGTH + " letters, digits, '.', '_' or '-', starting with a letter or digit"));
            return false;
        }
        return true;
    }

    private void requireText(String text, String at, int maxLength) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.at(at, "REQUIRED", "a non-blank value is required"));
        } else {
            optionalText(text, at, maxLength);
        }
    }

    private void optionalText(String text, String at, int maxLength) {
        if (text != null && text.length() > maxLength) {
            violations.add(Violation.at(at, "TOO_LONG", "at most " + maxLength + " characters"));
        }
    }

    private boolean inPeriod(int year) {
        return year >= context.firstYear() && year <= context.lastYear();
    }

    private String outsidePeriod(int year) {
        return "year " + year + " is outside period " + context.period() + " (" + context.firstYear() + "-"
                + context.lastYear() + ")";
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
