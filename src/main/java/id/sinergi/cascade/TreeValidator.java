package id.sinergi.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.sinergi.cascade.TreeSubmission.Indicator;
import id.sinergi.cascade.TreeSubmission.Node;
import id.sinergi.cascade.TreeSubmission.QuarterTarget;
import id.sinergi.cascade.TreeSubmission.ScaleLevel;
import id.sinergi.cascade.TreeSubmission.Target;
import id.sinergi.common.Codes;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;
import id.sinergi.problem.ViolationList;

/**
 * The rules a submitted cascade tree must satisfy (docs/domain.md, "Rules a submitted tree must satisfy").
 * Collects every violation rather than stopping at the first, so a planner can fix a tree in one round.
 * Plain Java: what it needs from the database comes through {@link References}.
 */
public final class TreeValidator {

    static final int MAX_STATEMENT_LENGTH = 4000;
    static final int MAX_SHORT_TEXT = 300;
    static final int MAX_SCALE_LEVELS = 20;

    /** What the rules need to know about the rest of the dataset. */
    public interface References {
        /** Of the given agency codes, those that are registered. */
        Set<String> knownAgencies(Collection<String> codes);

        /** Of the given period codes, those that are registered. */
        Set<String> knownPeriods(Collection<String> codes);

        /** How other trees (their current versions) use the given shared codes, by code. */
        Map<String, SharedCodeUse> sharedCodeUses(Collection<String> codes);

        /**
         * Of the given nomenclature codes, those missing from the reference list: none when no list is
         * loaded (every well-formed code is then accepted).
         */
        Set<String> unlistedNomenclatureCodes(Collection<String> codes);
    }

    /** How a shared indicator code is used elsewhere: its unit and polarity, and one tree that uses it. */
    public record SharedCodeUse(String unit, Polarity polarity, CombineRule combine, String agency, String indicatorKey) {
    }

    /** The tree being validated: which agency, which period. */
    public record Context(String agency, String period, int firstYear, int lastYear) {
    }

    /** A node in submission order (its index) with the parent it ended up with (explicit or by nesting). */
    public record FlatNode(int index, Node node, String parent, String pointer) {
    }

    /**
     * The result: the flattened nodes and the violations, the first {@link ViolationList#MAX_LISTED} in
     * document order listed, the rest counted.
     */
    public record Result(List<FlatNode> nodes, ViolationList violationList) {
        public boolean valid() {
            return violationList.isEmpty();
        }

        public List<Violation> violations() {
            return violationList.listed();
        }

        public int indicatorCount() {
            return nodes.stream().mapToInt(n -> n.node().indicators() == null ? 0 : n.node().indicators().size()).sum();
        }
    }

    private final Context context;
    private final References references;
    private final ViolationList violations = new ViolationList();
    /** The node whose rules are being checked: violations are listed in the order of their nodes. */
    private int currentNode = -1;

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
            violation("/nodes", "REQUIRED", "nodes-required");
            return new Result(flat, violations);
        }
        if (tree.nodes().isEmpty()) {
            violation("/nodes", "TREE_EMPTY", "empty");
        }
        flatten(tree.nodes(), null, "/nodes", flat);
        Map<String, FlatNode> byKey = checkNodeKeys(flat);
        for (FlatNode n : flat) {
            currentNode = n.index();
            checkNode(n, byKey);
        }
        checkCycles(flat, byKey);
        checkNomenclatureCodes(flat, byKey);
        checkIndicators(flat);
        checkReferences(flat);
        return new Result(flat, violations);
    }

    /** Records a violation of the node being checked, its message tree.{key} of messages/problems*.properties. */
    private void violation(String pointer, String rule, String key, Object... args) {
        violations.add(currentNode, Violation.at(pointer, rule, Text.of("tree." + key, args)));
    }

    private void flatten(List<Node> nodes, String enclosingKey, String pointer, List<FlatNode> out) {
        for (int i = 0; i < nodes.size(); i++) {
            Node child = nodes.get(i);
            String at = pointer + "/" + i;
            // a null node is listed where it stands: before the node that follows it
            currentNode = out.size();
            if (child == null) {
                violation(at, "REQUIRED", "node-null");
                continue;
            }
            String parent = child.parent();
            if (enclosingKey != null) {
                if (parent != null && !parent.equals(enclosingKey)) {
                    violation(at + "/parent", "PARENT_CONFLICT", "parent-conflict", Violation.quote(enclosingKey), Violation.quote(parent));
                }
                parent = enclosingKey;
            }
            out.add(new FlatNode(out.size(), child, parent, at));
            if (child.children() != null) {
                flatten(child.children(), child.key(), at + "/children", out);
            }
        }
    }

    private Map<String, FlatNode> checkNodeKeys(List<FlatNode> flat) {
        Map<String, FlatNode> byKey = new HashMap<>();
        for (FlatNode n : flat) {
            currentNode = n.index();
            String key = n.node().key();
            if (checkKey(key, n.pointer() + "/key")) {
                FlatNode first = byKey.putIfAbsent(key, n);
                if (first != null) {
                    violation(n.pointer() + "/key", "NODE_KEY_DUPLICATE", "node-key-duplicate", key, first.pointer());
                }
            }
        }
        return byKey;
    }

    private void checkNode(FlatNode n, Map<String, FlatNode> byKey) {
        Node node = n.node();
        String at = n.pointer();
        if (node.level() == null) {
            violation(at + "/level", "REQUIRED", "level-required");
        }
        requireText(node.statement(), at + "/statement", MAX_STATEMENT_LENGTH);
        if (node.owner() == null) {
            violation(at + "/owner", "REQUIRED", "owner-required");
        } else {
            requireText(node.owner().agency(), at + "/owner/agency", 64);
            optionalText(node.owner().position(), at + "/owner/position", MAX_SHORT_TEXT);
        }
        if (n.parent() == null) {
            if (node.level() != null && node.level() != Level.GOAL) {
                violation(at + "/parent", "ROOT_NOT_GOAL", "root-not-goal", node.level());
            }
        } else {
            FlatNode parent = byKey.get(n.parent());
            if (parent == null) {
                violation(at + "/parent", "PARENT_NOT_FOUND", "parent-not-found", Violation.quote(n.parent()));
            } else if (node.level() != null && parent.node().level() != null
                    && parent.node().level().childLevel() != node.level()) {
                Level expected = parent.node().level().childLevel();
                violation(at + "/level", "LEVEL_STEP", expected == null ? "level-step-leaf" : "level-step", node.level(),
                        parent.node().level(), n.parent(), expected);
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
                violation(at + "/supports", "SUPPORTS_OWN_TREE", "supports-own-tree");
            }
        }
    }

    /**
     * Codes fit their level, extend their parent's code and appear once in the tree; listed codes only,
     * once a reference list is loaded.
     */
    private void checkNomenclatureCodes(List<FlatNode> flat, Map<String, FlatNode> byKey) {
        Map<String, FlatNode> byCode = new HashMap<>();
        for (FlatNode n : flat) {
            currentNode = n.index();
            Node node = n.node();
            String code = node.code();
            String at = n.pointer() + "/code";
            if (code == null || node.level() == null) {
                continue;
            }
            if (!NomenclatureCode.coded(node.level())) {
                violation(at, "CODE_NOT_ALLOWED", "code-not-allowed", node.level());
            } else if (!NomenclatureCode.fits(code, node.level())) {
                violation(at, "CODE_FORMAT", "code-format", Violation.quote(code), node.level(),
                        NomenclatureCode.shape(node.level()));
            } else {
                FlatNode parent = n.parent() == null ? null : byKey.get(n.parent());
                String parentCode = parent == null ? null : parent.node().code();
                if (parentCode != null && NomenclatureCode.fits(parentCode, parent.node().level())
                        && !NomenclatureCode.extendsCode(code, parentCode)) {
                    violation(at, "CODE_NOT_UNDER_PARENT", "code-not-under-parent", Violation.quote(code),
                            Violation.quote(parentCode), Violation.quote(n.parent()));
                }
                FlatNode first = byCode.putIfAbsent(code, n);
                if (first != null) {
                    violation(at, "CODE_DUPLICATE", "code-duplicate", Violation.quote(code),
                            Violation.quote(first.node().key()), first.pointer());
                }
            }
        }
        if (byCode.isEmpty()) {
            return;
        }
        Set<String> unlisted = references.unlistedNomenclatureCodes(byCode.keySet());
        for (FlatNode n : flat) {
            if (n.node().code() != null && unlisted.contains(n.node().code()) && byCode.get(n.node().code()) == n) {
                currentNode = n.index();
                violation(n.pointer() + "/code", "CODE_UNKNOWN", "code-unknown", Violation.quote(n.node().code()));
            }
        }
    }

    private void checkInputs(Node node, String at) {
        if (node.level() != null && !node.level().carriesInputs()) {
            violation(at, "INPUTS_NOT_ALLOWED", "inputs-not-allowed", node.level());
        }
        var inputs = node.inputs();
        if (inputs.budget() != null) {
            inputs.budget().forEach((year, amount) -> {
                String yearAt = at + "/budget/" + year;
                if (!inPeriod(year)) {
                    outsidePeriod(yearAt, "BUDGET_YEAR_OUTSIDE_PERIOD", year);
                }
                if (amount == null) {
                    violation(yearAt, "REQUIRED", "budget-required");
                } else if (amount.signum() < 0) {
                    violation(yearAt, "NEGATIVE_VALUE", "budget-negative");
                }
            });
        }
        if (inputs.staff() != null && inputs.staff().signum() < 0) {
            violation(at + "/staff", "NEGATIVE_VALUE", "staff-negative");
        }
        optionalText(inputs.facilities(), at + "/facilities", MAX_STATEMENT_LENGTH);
    }

    /** Most members of a loop that its violation names. */
    static final int LOOP_MEMBERS_NAMED = 20;

    /**
     * Every node must reach a root by following parents; nodes in a loop never do. Each loop is one
     * violation, on its member that comes first in the submission: one per member, each naming the
     * whole loop, would grow with the square of the loop.
     */
    private void checkCycles(List<FlatNode> flat, Map<String, FlatNode> byKey) {
        Set<String> settled = new HashSet<>();
        for (FlatNode start : flat) {
            List<FlatNode> chain = new ArrayList<>();
            Map<String, Integer> onChain = new HashMap<>();
            FlatNode current = start;
            while (current != null && current.node().key() != null && !settled.contains(current.node().key())) {
                Integer seen = onChain.putIfAbsent(current.node().key(), chain.size());
                if (seen != null) {
                    reportLoop(chain.subList(seen, chain.size()));
                    break;
                }
                chain.add(current);
                current = current.parent() == null ? null : byKey.get(current.parent());
            }
            // Each node is walked once: it either reaches a root or was just reported as (leading into) a loop.
            chain.forEach(n -> settled.add(n.node().key()));
        }
    }

    private void reportLoop(List<FlatNode> loop) {
        int first = 0;
        for (int i = 1; i < loop.size(); i++) {
            if (loop.get(i).index() < loop.get(first).index()) {
                first = i;
            }
        }
        // named from the reported member on, in the order parents lead
        StringBuilder path = new StringBuilder();
        int named = Math.min(loop.size(), LOOP_MEMBERS_NAMED);
        for (int i = 0; i < named; i++) {
            path.append(loop.get((first + i) % loop.size()).node().key()).append(" -> ");
        }
        Object whole = named == loop.size() ? path.append(loop.get(first).node().key())
                : Text.of("tree.cycle-longer", path, loop.size());
        currentNode = loop.get(first).index();
        violation(loop.get(first).pointer() + "/parent", "CYCLE", "cycle", loop.size(), whole);
    }

    private void checkIndicators(List<FlatNode> flat) {
        Map<String, String> keyPointers = new HashMap<>();
        Map<String, CodeInTree> codes = new LinkedHashMap<>();
        for (FlatNode n : flat) {
            currentNode = n.index();
            List<Indicator> indicators = n.node().indicators();
            if (indicators == null) {
                continue;
            }
            for (int i = 0; i < indicators.size(); i++) {
                String at = n.pointer() + "/indicators/" + i;
                Indicator indicator = indicators.get(i);
                if (indicator == null) {
                    violation(at, "REQUIRED", "indicator-null");
                    continue;
                }
                if (checkKey(indicator.key(), at + "/key")) {
                    String first = keyPointers.putIfAbsent(indicator.key(), at);
                    if (first != null) {
                        violation(at + "/key", "INDICATOR_KEY_DUPLICATE", "indicator-key-duplicate", indicator.key(), first);
                    }
                }
                checkIndicator(indicator, at);
                if (indicator.code() != null && checkKey(indicator.code(), at + "/code")
                        && indicator.unit() != null && indicator.polarity() != null) {
                    CodeInTree first = codes.putIfAbsent(indicator.code(), new CodeInTree(n.index(), indicator, at));
                    if (first != null) {
                        compareSharedCode(indicator, at, new SharedCodeUse(first.indicator().unit(), first.indicator().polarity(),
                                first.indicator().combineRule(), null, null), Text.of("tree.shared-code-here", first.pointer()));
                    }
                }
            }
        }
        if (!codes.isEmpty()) {
            Map<String, SharedCodeUse> elsewhere = references.sharedCodeUses(codes.keySet());
            codes.forEach((code, use) -> {
                SharedCodeUse other = elsewhere.get(code);
                if (other != null) {
                    currentNode = use.node();
                    compareSharedCode(use.indicator(), use.pointer(), other,
                            Text.of("tree.shared-code-elsewhere", other.agency(), other.indicatorKey()));
                }
            });
        }
    }

    private record CodeInTree(int node, Indicator indicator, String pointer) {
    }

    /** A shared code means one measure everywhere: one unit, one polarity, one way of combining its carriers' figures. */
    private void compareSharedCode(Indicator indicator, String at, SharedCodeUse other, Text where) {
        String unit = other.unit();
        Polarity polarity = other.polarity();
        if (indicator.combineRule() != other.combine()) {
            violation(at + "/combine", "SHARED_CODE_COMBINE_MISMATCH", "shared-code-combine", indicator.code(),
                    other.combine(), where, indicator.combineRule());
        }
        if (!indicator.unit().strip().equalsIgnoreCase(unit.strip())) {
            violation(at + "/unit", "SHARED_CODE_UNIT_MISMATCH", "shared-code-unit", indicator.code(), Violation.quote(unit),
                    where, Violation.quote(indicator.unit()));
        }
        if (indicator.polarity() != polarity) {
            violation(at + "/polarity", "SHARED_CODE_POLARITY_MISMATCH", "shared-code-polarity", indicator.code(), polarity,
                    where, indicator.polarity());
        }
    }

    private void checkIndicator(Indicator indicator, String at) {
        requireText(indicator.name(), at + "/name", MAX_STATEMENT_LENGTH);
        requireText(indicator.unit(), at + "/unit", 100);
        if (indicator.polarity() == null) {
            violation(at + "/polarity", "REQUIRED", "polarity-required");
        }
        if (indicator.weight() != null && indicator.weight().signum() <= 0) {
            violation(at + "/weight", "WEIGHT_NOT_POSITIVE", "weight-not-positive");
        }
        if (indicator.baseline() != null) {
            var baseline = indicator.baseline();
            if (baseline.year() == null) {
                violation(at + "/baseline/year", "REQUIRED", "baseline-year-required");
            } else if (baseline.year() < context.firstYear() - 1 || baseline.year() > context.lastYear()) {
                violation(at + "/baseline/year", "BASELINE_YEAR_OUTSIDE_PERIOD", "baseline-year-outside-period",
                        baseline.year(), context.period());
            }
            if (baseline.value() == null) {
                violation(at + "/baseline/value", "REQUIRED", "baseline-value-required");
            }
        }
        optionalText(indicator.definition(), at + "/definition", MAX_STATEMENT_LENGTH);
        optionalText(indicator.formula(), at + "/formula", MAX_STATEMENT_LENGTH);
        optionalText(indicator.dataSource(), at + "/dataSource", MAX_STATEMENT_LENGTH);
        checkMonitoring(indicator, at);
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
                violation(targetAt, "REQUIRED", "target-null");
                continue;
            }
            if (target.year() == null) {
                violation(targetAt + "/year", "REQUIRED", "target-year-required");
            } else if (!inPeriod(target.year())) {
                outsidePeriod(targetAt + "/year", "TARGET_YEAR_OUTSIDE_PERIOD", target.year());
            } else if (!years.add(target.year())) {
                violation(targetAt + "/year", "TARGET_YEAR_DUPLICATE", "target-year-duplicate", target.year());
            }
            checkTargetForm(indicator, target.value(), target.min(), target.max(), target.label(), targetAt);
            if (target.quarters() != null) {
                checkQuarterTargets(indicator, target, targetAt + "/quarters");
            }
        }
    }

    /** A target is a value, a band (RANGE) or a label of the scale (QUALITATIVE), never a mix. */
    private void checkTargetForm(Indicator indicator, BigDecimal value, BigDecimal min, BigDecimal max, String label,
                                 String at) {
        if (indicator.accumulation() == Accumulation.QUALITATIVE) {
            if (label == null || value != null || min != null || max != null) {
                violation(at, "TARGET_LABEL_REQUIRED", "target-label-required");
            } else if (indicator.scoreOf(label) == null) {
                violation(at + "/label", "LABEL_UNKNOWN", "label-unknown", Violation.quote(label));
            }
            return;
        }
        if (label != null) {
            violation(at + "/label", "LABEL_NOT_ALLOWED", "label-not-allowed");
        }
        if (indicator.polarity() == Polarity.RANGE) {
            if (min == null || max == null || value != null) {
                violation(at, "RANGE_BAND_REQUIRED", "range-band-required");
            } else if (min.compareTo(max) > 0) {
                violation(at + "/min", "RANGE_MIN_ABOVE_MAX", "range-min-above-max", plain(min), plain(max));
            }
        } else if (indicator.polarity() != null && (value == null || min != null || max != null)) {
            violation(at, "TARGET_VALUE_REQUIRED", "target-value-required", indicator.polarity());
        }
    }

    private void checkQuarterTargets(Indicator indicator, Target year, String at) {
        if (indicator.reportingFrequency() == Reporting.YEARLY) {
            violation(at, "QUARTER_TARGETS_NOT_ALLOWED", "quarter-targets-not-allowed");
            return;
        }
        Set<Integer> quarters = new HashSet<>();
        for (int i = 0; i < year.quarters().size(); i++) {
            QuarterTarget quarter = year.quarters().get(i);
            String quarterAt = at + "/" + i;
            if (quarter == null) {
                violation(quarterAt, "REQUIRED", "quarter-target-null");
                continue;
            }
            if (quarter.quarter() == null) {
                violation(quarterAt + "/quarter", "REQUIRED", "quarter-required");
            } else if (quarter.quarter() < 1 || quarter.quarter() > 4) {
                violation(quarterAt + "/quarter", "QUARTER_OUT_OF_RANGE", "quarter-out-of-range");
            } else if (!quarters.add(quarter.quarter())) {
                violation(quarterAt + "/quarter", "QUARTER_DUPLICATE", "quarter-duplicate", quarter.quarter());
            } else if (quarter.quarter() == 4 && !sameTarget(quarter, year)) {
                violation(quarterAt, "QUARTER_4_NOT_YEAR", "quarter-4-not-year");
            }
            checkTargetForm(indicator, quarter.value(), quarter.min(), quarter.max(), quarter.label(), quarterAt);
        }
    }

    private static boolean sameTarget(QuarterTarget quarter, Target year) {
        return sameNumber(quarter.value(), year.value()) && sameNumber(quarter.min(), year.min())
                && sameNumber(quarter.max(), year.max()) && Objects.equals(quarter.label(), year.label());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Reporting, accumulation and scale agree: QUALITATIVE has a strictly increasing scale, and only it has one. */
    private void checkMonitoring(Indicator indicator, String at) {
        if (indicator.accumulation() == null && indicator.reportingFrequency() != Reporting.YEARLY) {
            violation(at + "/accumulation", "ACCUMULATION_REQUIRED", "accumulation-required", indicator.reporting());
        }
        if (indicator.accumulation() != Accumulation.QUALITATIVE) {
            if (indicator.scale() != null) {
                violation(at + "/scale", "SCALE_NOT_ALLOWED", "scale-not-allowed");
            }
            return;
        }
        if (indicator.polarity() != null && indicator.polarity() != Polarity.HIGHER_IS_BETTER) {
            violation(at + "/polarity", "QUALITATIVE_POLARITY", "qualitative-polarity");
        }
        List<ScaleLevel> scale = indicator.scale();
        if (scale == null || scale.size() < 2 || scale.size() > MAX_SCALE_LEVELS) {
            violation(at + "/scale", "SCALE_REQUIRED", "scale-required", MAX_SCALE_LEVELS);
            return;
        }
        Set<String> labels = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < scale.size(); i++) {
            ScaleLevel level = scale.get(i);
            String levelAt = at + "/scale/" + i;
            if (level == null) {
                violation(levelAt, "REQUIRED", "scale-level-null");
                continue;
            }
            requireText(level.label(), levelAt + "/label", 100);
            if (level.label() != null && !labels.add(level.label())) {
                violation(levelAt + "/label", "SCALE_LABEL_DUPLICATE", "scale-label-duplicate", Violation.quote(level.label()));
            }
            if (level.score() == null) {
                violation(levelAt + "/score", "REQUIRED", "score-required");
            } else {
                if (previous != null && level.score().compareTo(previous) <= 0) {
                    violation(levelAt + "/score", "SCALE_NOT_ASCENDING", "scale-not-ascending", plain(level.score()),
                            plain(previous));
                }
                previous = level.score();
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
            currentNode = n.index();
            var owner = n.node().owner();
            if (owner != null && owner.agency() != null && !knownAgencies.contains(owner.agency())) {
                violation(n.pointer() + "/owner/agency", "OWNER_AGENCY_UNKNOWN", "agency-unknown", Violation.quote(owner.agency()));
            }
            var supports = n.node().supports();
            if (supports != null && supports.agency() != null && !knownAgencies.contains(supports.agency())) {
                violation(n.pointer() + "/supports/agency", "SUPPORTS_AGENCY_UNKNOWN", "agency-unknown",
                        Violation.quote(supports.agency()));
            }
            if (supports != null && supports.period() != null && !knownPeriods.contains(supports.period())) {
                violation(n.pointer() + "/supports/period", "SUPPORTS_PERIOD_UNKNOWN", "period-unknown",
                        Violation.quote(supports.period()));
            }
        }
    }

    private boolean checkKey(String key, String at) {
        if (key == null || key.isBlank()) {
            violation(at, "REQUIRED", "key-required");
            return false;
        }
        if (!Codes.isValid(key, Codes.MAX_KEY_LENGTH)) {
            violation(at, "KEY_FORMAT", "key-format", Violation.quote(key), Codes.MAX_KEY_LENGTH);
            return false;
        }
        return true;
    }

    private void requireText(String text, String at, int maxLength) {
        if (text == null || text.isBlank()) {
            violation(at, "REQUIRED", "text-required");
        } else {
            optionalText(text, at, maxLength);
        }
    }

    private void optionalText(String text, String at, int maxLength) {
        if (text != null && text.length() > maxLength) {
            violation(at, "TOO_LONG", "text-too-long", maxLength);
        }
    }

    private boolean inPeriod(int year) {
        return year >= context.firstYear() && year <= context.lastYear();
    }

    private void outsidePeriod(String pointer, String rule, int year) {
        violation(pointer, rule, "year-outside-period", year, context.period(), context.firstYear(), context.lastYear());
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
