package id.sinergi.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.sinergi.cascade.TreeSubmission.Baseline;
import id.sinergi.cascade.TreeSubmission.Indicator;
import id.sinergi.cascade.TreeSubmission.Inputs;
import id.sinergi.cascade.TreeSubmission.Node;
import id.sinergi.cascade.TreeSubmission.Owner;
import id.sinergi.cascade.TreeSubmission.QuarterTarget;
import id.sinergi.cascade.TreeSubmission.ScaleLevel;
import id.sinergi.cascade.TreeSubmission.SupportsReference;
import id.sinergi.cascade.TreeSubmission.Target;
import id.sinergi.problem.Violation;

/** The tree rules as plain Java, with the database replaced by fixed sets. */
class TreeValidatorTest {

    static final TreeValidator.Context CONTEXT = new TreeValidator.Context("KEMENPANRB", "2025-2029", 2025, 2029);

    static final TreeValidator.References REFERENCES = new TreeValidator.References() {
        @Override
        public Set<String> knownAgencies(Collection<String> codes) {
            return intersect(codes, Set.of("KEMENPANRB", "KSP", "BAPPENAS"));
        }

        @Override
        public Set<String> knownPeriods(Collection<String> codes) {
            return intersect(codes, Set.of("2025-2029"));
        }

        @Override
        public Map<String, TreeValidator.SharedCodeUse> sharedCodeUses(Collection<String> codes) {
            return Map.of("IKP-1", new TreeValidator.SharedCodeUse("persen", Polarity.HIGHER_IS_BETTER, CombineRule.SUM, "KSP", "K-1"));
        }

        @Override
        public Set<String> unlistedNomenclatureCodes(Collection<String> codes) {
            Set<String> unlisted = new HashSet<>(codes);
            unlisted.removeIf(code -> !code.endsWith("99"));
            return unlisted;
        }
    };

    static Set<String> intersect(Collection<String> codes, Set<String> known) {
        Set<String> result = new HashSet<>(codes);
        result.retainAll(known);
        return result;
    }

    static Node node(String key, String parent, Level level, Indicator... indicators) {
        return new Node(key, parent, level, "Pernyataan " + key, new Owner("KEMENPANRB", null), null, null, null,
                List.of(indicators), null, null);
    }

    static Indicator indicator(String key, String code, String unit, Polarity polarity, Target... targets) {
        return new Indicator(key, code, "Indikator " + key, unit, true, polarity, null, null, List.of(targets),
                null, null, null, null, null, null, null);
    }

    static Target value(int year, int value) {
        return new Target(year, BigDecimal.valueOf(value), null, null, null, null);
    }

    static List<String> rules(TreeValidator.Result result) {
        return result.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList();
    }

    static TreeValidator.Result validate(Node... nodes) {
        return TreeValidator.validate(new TreeSubmission(List.of(nodes)), CONTEXT, REFERENCES);
    }

    @Test
    void acceptsAFullChainDownToSubActivities() {
        TreeValidator.Result result = validate(
                node("G", null, Level.GOAL, indicator("i1", "IKP-1", " Persen ", Polarity.HIGHER_IS_BETTER, value(2025, 1))),
                node("S", "G", Level.TARGET),
                node("P", "S", Level.PROGRAM),
                node("K", "P", Level.ACTIVITY),
                node("SK", "K", Level.SUB_ACTIVITY));
        assertEquals(List.of(), rules(result));
        assertEquals(5, result.nodes().size());
        assertEquals(1, result.indicatorCount());
    }

    static Node coded(String key, String parent, Level level, String code) {
        return new Node(key, parent, level, "Pernyataan " + key, new Owner("KEMENPANRB", null), null, null, null, null,
                null, code);
    }

    @Test
    void nomenclatureCodesFitTheirLevelExtendTheirParentAndAppearOnce() {
        assertEquals(List.of(), rules(validate(node("G", null, Level.GOAL), node("S", "G", Level.TARGET),
                coded("P", "S", Level.PROGRAM, "1.02.02"), coded("K", "P", Level.ACTIVITY, "1.02.02.2.01"),
                coded("SK", "K", Level.SUB_ACTIVITY, "1.02.02.2.01.0001"),
                coded("PX", "S", Level.PROGRAM, "X.XX.01"), coded("KX", "PX", Level.ACTIVITY, "X.XX.01.2.01"))));
        assertEquals(List.of(
                        "/nodes/0/code CODE_NOT_ALLOWED",
                        "/nodes/2/code CODE_FORMAT",
                        "/nodes/3/code CODE_FORMAT",
                        "/nodes/5/code CODE_DUPLICATE",
                        "/nodes/6/code CODE_FORMAT",
                        "/nodes/7/code CODE_UNKNOWN"),
                rules(validate(coded("G", null, Level.GOAL, "1.02"), node("S", "G", Level.TARGET),
                        coded("P", "S", Level.PROGRAM, "1.2.02"),
                        coded("P2", "S", Level.PROGRAM, "1.02.02.2.01"),
                        coded("P3", "S", Level.PROGRAM, "1.03.02"),
                        coded("P4", "S", Level.PROGRAM, "1.03.02"),
                        coded("K", "P3", Level.ACTIVITY, "X.02.01.2.01"),
                        coded("K2", "P3", Level.ACTIVITY, "1.03.02.2.99"))));
        TreeValidator.Result wrongParent = validate(node("G", null, Level.GOAL), node("S", "G", Level.TARGET),
                coded("P", "S", Level.PROGRAM, "1.02.02"), coded("K", "P", Level.ACTIVITY, "1.02.03.2.01"));
        assertEquals("'1.02.03.2.01' does not extend the code '1.02.02' of its parent 'P'",
                wrongParent.violations().get(0).message());
        assertEquals("'1.2.02' is not a PROGRAM code: expected X.XX.XX (urusan.bidang.program), e.g. 1.02.02",
                validate(node("G", null, Level.GOAL), node("S", "G", Level.TARGET), coded("P", "S", Level.PROGRAM, "1.2.02"))
                        .violations().get(0).message());
    }

    @Test
    void flattensNestedChildrenUnderTheirEnclosingNode() {
        Node activity = node("K", null, Level.ACTIVITY);
        Node program = new Node("P", null, Level.PROGRAM, "p", new Owner("KEMENPANRB", null), null, null, null, null, List.of(activity), null);
        Node target = new Node("S", "G", Level.TARGET, "s", new Owner("KSP", null), null, null, null, null, List.of(program), null);
        TreeValidator.Result result = validate(node("G", null, Level.GOAL), target);
        assertEquals(List.of(), rules(result));
        assertEquals(List.of("G", "S", "P", "K"), result.nodes().stream().map(n -> n.node().key()).toList());
        assertEquals("P", result.nodes().get(3).parent());
        assertEquals("/nodes/1/children/0/children/0", result.nodes().get(3).pointer());
    }

    @Test
    void aNestedChildNamingAnotherParentIsAConflict() {
        Node child = node("S", "X", Level.TARGET);
        Node goal = new Node("G", null, Level.GOAL, "g", new Owner("KEMENPANRB", null), null, null, null, null, List.of(child), null);
        assertEquals(List.of("/nodes/0/children/0/parent PARENT_CONFLICT"), rules(validate(goal)));
    }

    @Test
    void levelsStepDownOneAtATimeFromAGoal() {
        assertEquals(List.of(
                        "/nodes/0/parent ROOT_NOT_GOAL",
                        "/nodes/2/level LEVEL_STEP",
                        "/nodes/3/level LEVEL_STEP"),
                rules(validate(
                        node("S0", null, Level.TARGET),
                        node("G", null, Level.GOAL),
                        node("P", "G", Level.PROGRAM),
                        node("G2", "G", Level.GOAL))));
    }

    @Test
    void reportsEachLoopOnceOnItsFirstMemberNamingTheMembers() {
        TreeValidator.Result result = validate(
                node("G", null, Level.GOAL),
                node("A", "C", Level.TARGET),
                node("B", "A", Level.PROGRAM),
                node("C", "B", Level.ACTIVITY),
                node("D", "C", Level.SUB_ACTIVITY),
                node("E", "E", Level.TARGET));
        List<Violation> cycles = result.violations().stream().filter(v -> v.rule().equals("CYCLE")).toList();
        assertEquals(List.of("/nodes/1/parent", "/nodes/5/parent"), cycles.stream().map(Violation::pointer).toList());
        assertEquals("parents form a loop of 3 node(s): A -> C -> B -> A", cycles.get(0).message());
        assertEquals("parents form a loop of 1 node(s): E -> E", cycles.get(1).message());
    }

    /** One loop through the largest allowed tree: one violation of bounded size, not one per member naming them all. */
    @Test
    void aLoopThroughTwentyThousandNodesIsOneShortViolation() {
        int size = 20_000;
        Node[] nodes = new Node[size];
        for (int i = 0; i < size; i++) {
            nodes[i] = node("N" + i, "N" + ((i + 1) % size), Level.TARGET);
        }
        TreeValidator.Result result = validate(nodes);
        List<Violation> cycles = result.violations().stream().filter(v -> v.rule().equals("CYCLE")).toList();
        assertEquals(1, cycles.size());
        assertEquals("/nodes/0/parent", cycles.get(0).pointer());
        assertTrue(cycles.get(0).message().startsWith("parents form a loop of 20000 node(s): N0 -> N1 -> N2 -> "), cycles.get(0).message());
        assertTrue(cycles.get(0).message().length() < 400, cycles.get(0).message());
    }

    /** Every node breaking rules: the first 1,000 violations are listed in document order, the rest counted. */
    @Test
    void listsTheFirstThousandViolationsInDocumentOrderAndCountsTheRest() {
        int size = 3_000;
        Node[] nodes = new Node[size];
        for (int i = 0; i < size; i++) {
            nodes[i] = new Node("N" + i, null, Level.TARGET, " ", new Owner("NOWHERE", null), null, null, null, null, null, null);
        }
        TreeValidator.Result result = validate(nodes);
        // each node: ROOT_NOT_GOAL, REQUIRED statement, OWNER_AGENCY_UNKNOWN
        assertEquals(9_000, result.violationList().total());
        assertEquals(8_000, result.violationList().omitted());
        List<Violation> listed = result.violations();
        assertEquals(1_000, listed.size());
        assertEquals("/nodes/0/statement", listed.get(0).pointer());
        assertEquals("/nodes/0/parent", listed.get(1).pointer());
        assertEquals("/nodes/0/owner/agency", listed.get(2).pointer());
        assertEquals("/nodes/333/statement", listed.get(999).pointer());
        assertEquals(Map.of("ROOT_NOT_GOAL", 3_000, "REQUIRED", 3_000, "OWNER_AGENCY_UNKNOWN", 3_000),
                result.violationList().countsByRule());
    }

    /** A long value sent once and repeated in many messages would make the answer grow with the square of the request. */
    @Test
    void messagesRepeatAtMostTheStartOfASentValue() {
        String longKey = "K".repeat(1_000_000);
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            children.add(new Node("C" + i, "ELSEWHERE-" + "x".repeat(10_000), Level.TARGET, "s", new Owner("KEMENPANRB", null),
                    null, null, null, null, null, null));
        }
        Node root = new Node(longKey, null, Level.GOAL, "s", new Owner("KEMENPANRB", null), null, null, null, null, children, null);
        TreeValidator.Result result = validate(root);
        long conflicts = result.violations().stream().filter(v -> v.rule().equals("PARENT_CONFLICT")).count();
        assertEquals(100, conflicts);
        int longest = result.violations().stream().mapToInt(v -> v.message().length()).max().orElseThrow();
        assertTrue(longest < 300, "longest message " + longest);
    }

    @Test
    void checksKeysAndRequiredFields() {
        Node blank = new Node(" ", null, null, "", null, null, null, List.of(""), null, null, null);
        Node badKey = new Node("a/b", null, Level.GOAL, "x", new Owner(null, "p".repeat(301)), null, null, null, null, null, null);
        assertEquals(List.of(
                        "/nodes/0/key REQUIRED",
                        "/nodes/0/level REQUIRED",
                        "/nodes/0/statement REQUIRED",
                        "/nodes/0/owner REQUIRED",
                        "/nodes/0/tags/0 REQUIRED",
                        "/nodes/1/key KEY_FORMAT",
                        "/nodes/1/owner/agency REQUIRED",
                        "/nodes/1/owner/position TOO_LONG"),
                rules(validate(blank, badKey)));
        assertEquals(List.of("/nodes TREE_EMPTY"), rules(validate()));
        assertEquals(List.of("/nodes REQUIRED"), rules(TreeValidator.validate(null, CONTEXT, REFERENCES)));
    }

    @Test
    void checksIndicatorsTargetsAndBaselines() {
        Indicator range = new Indicator("r", null, "Rentang", "hari", false, Polarity.RANGE, BigDecimal.ZERO,
                new Baseline(2023, BigDecimal.ONE), List.of(value(2025, 3), new Target(2026, null, BigDecimal.TEN, BigDecimal.ONE, null, null),
                new Target(2026, null, BigDecimal.ONE, BigDecimal.TEN, null, null)), null, null, null, null, null, null, null);
        Indicator plain = new Indicator("r", null, " ", null, false, null, null, new Baseline(2024, null),
                List.of(new Target(null, BigDecimal.ONE, null, null, null, null), new Target(2030, null, BigDecimal.ONE, BigDecimal.TEN, null, null)),
                null, null, null, null, null, null, null);
        Indicator higher = indicator("h", null, "persen", Polarity.HIGHER_IS_BETTER, new Target(2025, null, BigDecimal.ONE, BigDecimal.TEN, null, null));
        assertEquals(List.of(
                        "/nodes/0/indicators/0/weight WEIGHT_NOT_POSITIVE",
                        "/nodes/0/indicators/0/baseline/year BASELINE_YEAR_OUTSIDE_PERIOD",
                        "/nodes/0/indicators/0/targets/0 RANGE_BAND_REQUIRED",
                        "/nodes/0/indicators/0/targets/1/min RANGE_MIN_ABOVE_MAX",
                        "/nodes/0/indicators/0/targets/2/year TARGET_YEAR_DUPLICATE",
                        "/nodes/0/indicators/1/key INDICATOR_KEY_DUPLICATE",
                        "/nodes/0/indicators/1/name REQUIRED",
                        "/nodes/0/indicators/1/unit REQUIRED",
                        "/nodes/0/indicators/1/polarity REQUIRED",
                        "/nodes/0/indicators/1/baseline/value REQUIRED",
                        "/nodes/0/indicators/1/targets/0/year REQUIRED",
                        "/nodes/0/indicators/1/targets/1/year TARGET_YEAR_OUTSIDE_PERIOD",
                        "/nodes/0/indicators/2/targets/0 TARGET_VALUE_REQUIRED"),
                rules(validate(node("G", null, Level.GOAL, range, plain, higher))));
    }

    /** One code, one way of combining it: SUM where the other tree (and the default) say SUM, not AVERAGE. */
    @Test
    void aSharedCodeKeepsItsCombineRuleInsideTheTreeAndAcrossTrees() {
        Indicator averaged = new Indicator("b", "IKP-1", "Indikator b", "persen", true, Polarity.HIGHER_IS_BETTER, null, null,
                List.of(), null, null, null, CombineRule.AVERAGE, null, null, null);
        Indicator summed = new Indicator("c", "IKP-3", "Indikator c", "persen", true, Polarity.HIGHER_IS_BETTER, null, null,
                List.of(), null, null, null, CombineRule.MAX, null, null, null);
        assertEquals(List.of("/nodes/0/indicators/2/combine SHARED_CODE_COMBINE_MISMATCH",
                        "/nodes/0/indicators/0/combine SHARED_CODE_COMBINE_MISMATCH"),
                rules(validate(node("G", null, Level.GOAL, averaged, indicator("a", "IKP-3", "persen", Polarity.HIGHER_IS_BETTER),
                        summed))));
    }

    @Test
    void aSharedCodeKeepsItsUnitAndPolarityInsideTheTreeAndAcrossTrees() {
        assertEquals(List.of(
                        "/nodes/0/indicators/1/unit SHARED_CODE_UNIT_MISMATCH",
                        "/nodes/0/indicators/1/polarity SHARED_CODE_POLARITY_MISMATCH",
                        "/nodes/0/indicators/2/unit SHARED_CODE_UNIT_MISMATCH"),
                rules(validate(node("G", null, Level.GOAL,
                        indicator("a", "IKP-2", "persen", Polarity.HIGHER_IS_BETTER),
                        indicator("b", "IKP-2", "hari", Polarity.LOWER_IS_BETTER),
                        indicator("c", "IKP-1", "orang", Polarity.HIGHER_IS_BETTER)))));
    }

    @Test
    void inputsBelongToActivitiesAndStayInsideThePeriod() {
        Inputs inputs = new Inputs(Map.of(2024, BigDecimal.ONE, 2025, BigDecimal.valueOf(-5)), BigDecimal.valueOf(-1), "x".repeat(4001));
        Node goal = new Node("G", null, Level.GOAL, "g", new Owner("KEMENPANRB", null), null, inputs, null, null, null, null);
        List<String> found = new ArrayList<>(rules(validate(goal)));
        found.sort(null);
        assertEquals(List.of(
                "/nodes/0/inputs INPUTS_NOT_ALLOWED",
                "/nodes/0/inputs/budget/2024 BUDGET_YEAR_OUTSIDE_PERIOD",
                "/nodes/0/inputs/budget/2025 NEGATIVE_VALUE",
                "/nodes/0/inputs/facilities TOO_LONG",
                "/nodes/0/inputs/staff NEGATIVE_VALUE"), found);
    }

    @Test
    void checksOwnersAndSupportsAgainstTheDataset() {
        Node supportsUnknown = new Node("G", null, Level.GOAL, "g", new Owner("NOBODY", null),
                new SupportsReference("NOWHERE", "1990-1994", "X"), null, null, null, null, null);
        Node supportsItself = new Node("G2", null, Level.GOAL, "g", new Owner("KEMENPANRB", null),
                new SupportsReference("KEMENPANRB", "2025-2029", "G"), null, null, null, null, null);
        Node supportsIncomplete = new Node("G3", null, Level.GOAL, "g", new Owner("KEMENPANRB", null),
                new SupportsReference("BAPPENAS", null, "bad key!"), null, null, null, null, null);
        Node supportsFine = new Node("G4", null, Level.GOAL, "g", new Owner("KSP", null),
                new SupportsReference("BAPPENAS", "2025-2029", "SN-1"), null, null, null, null, null);
        assertEquals(List.of(
                        "/nodes/0/owner/agency OWNER_AGENCY_UNKNOWN",
                        "/nodes/0/supports/agency SUPPORTS_AGENCY_UNKNOWN",
                        "/nodes/0/supports/period SUPPORTS_PERIOD_UNKNOWN",
                        "/nodes/1/supports SUPPORTS_OWN_TREE",
                        "/nodes/2/supports/period REQUIRED",
                        "/nodes/2/supports/key KEY_FORMAT"),
                rules(validate(supportsUnknown, supportsItself, supportsIncomplete, supportsFine)));
    }

    static Indicator monitored(String key, Polarity polarity, Reporting reporting, Accumulation accumulation,
                               List<ScaleLevel> scale, Target... targets) {
        return new Indicator(key, null, "Indikator " + key, "persen", false, polarity, null, null, List.of(targets), null, null,
                null, null, reporting, accumulation, scale);
    }

    static QuarterTarget quarter(Integer quarter, Integer value, String label) {
        return new QuarterTarget(quarter, value == null ? null : BigDecimal.valueOf(value), null, null, label);
    }

    static Target withQuarters(Target target, QuarterTarget... quarters) {
        return new Target(target.year(), target.value(), target.min(), target.max(), target.label(), List.of(quarters));
    }

    @Test
    void monitoringNeedsItsKindAScaleForLabelsAndQuarterTargetsThatMeetTheYear() {
        List<ScaleLevel> opinions = List.of(new ScaleLevel("TMP", BigDecimal.valueOf(25)), new ScaleLevel("WDP", BigDecimal.valueOf(75)),
                new ScaleLevel("WTP", BigDecimal.valueOf(100)));
        Target wtp = new Target(2025, null, null, null, "WTP", null);
        Indicator noKind = monitored("a", Polarity.HIGHER_IS_BETTER, Reporting.QUARTERLY, null, null, value(2025, 100));
        Indicator yearlyQuarters = monitored("b", Polarity.HIGHER_IS_BETTER, null, null, null,
                withQuarters(value(2025, 100), quarter(1, 20, null)));
        Indicator quarters = monitored("c", Polarity.HIGHER_IS_BETTER, Reporting.MONTHLY, Accumulation.CUMULATIVE, null,
                withQuarters(value(2025, 100), quarter(1, 20, null), quarter(1, 25, null), quarter(5, 30, null),
                        quarter(null, 30, null), quarter(4, 90, null), quarter(2, null, "WTP")));
        Indicator qualitative = monitored("d", Polarity.HIGHER_IS_BETTER, Reporting.YEARLY, Accumulation.QUALITATIVE, opinions,
                wtp, new Target(2026, BigDecimal.ONE, null, null, null, null), new Target(2027, null, null, null, "WOW", null));
        Indicator badScale = monitored("e", Polarity.LOWER_IS_BETTER, null, Accumulation.QUALITATIVE,
                List.of(new ScaleLevel("WTP", BigDecimal.TEN), new ScaleLevel("WTP", BigDecimal.ONE), new ScaleLevel(" ", null)));
        Indicator noScale = monitored("f", Polarity.HIGHER_IS_BETTER, null, Accumulation.QUALITATIVE, List.of());
        Indicator strayScale = monitored("g", Polarity.HIGHER_IS_BETTER, null, Accumulation.AVERAGE, opinions, wtp);
        Indicator qualitativeQuarters = monitored("h", Polarity.HIGHER_IS_BETTER, Reporting.QUARTERLY, Accumulation.QUALITATIVE,
                opinions, withQuarters(wtp, quarter(2, null, "WDP"), quarter(4, null, "WDP")));
        assertEquals(List.of(
                        "/nodes/0/indicators/0/accumulation ACCUMULATION_REQUIRED",
                        "/nodes/0/indicators/1/targets/0/quarters QUARTER_TARGETS_NOT_ALLOWED",
                        "/nodes/0/indicators/2/targets/0/quarters/1/quarter QUARTER_DUPLICATE",
                        "/nodes/0/indicators/2/targets/0/quarters/2/quarter QUARTER_OUT_OF_RANGE",
                        "/nodes/0/indicators/2/targets/0/quarters/3/quarter REQUIRED",
                        "/nodes/0/indicators/2/targets/0/quarters/4 QUARTER_4_NOT_YEAR",
                        "/nodes/0/indicators/2/targets/0/quarters/5/label LABEL_NOT_ALLOWED",
                        "/nodes/0/indicators/2/targets/0/quarters/5 TARGET_VALUE_REQUIRED",
                        "/nodes/0/indicators/3/targets/1 TARGET_LABEL_REQUIRED",
                        "/nodes/0/indicators/3/targets/2/label LABEL_UNKNOWN",
                        "/nodes/0/indicators/4/polarity QUALITATIVE_POLARITY",
                        "/nodes/0/indicators/4/scale/1/label SCALE_LABEL_DUPLICATE",
                        "/nodes/0/indicators/4/scale/1/score SCALE_NOT_ASCENDING",
                        "/nodes/0/indicators/4/scale/2/label REQUIRED",
                        "/nodes/0/indicators/4/scale/2/score REQUIRED",
                        "/nodes/0/indicators/5/scale SCALE_REQUIRED",
                        "/nodes/0/indicators/6/scale SCALE_NOT_ALLOWED",
                        "/nodes/0/indicators/6/targets/0/label LABEL_NOT_ALLOWED",
                        "/nodes/0/indicators/6/targets/0 TARGET_VALUE_REQUIRED",
                        "/nodes/0/indicators/7/targets/0/quarters/1 QUARTER_4_NOT_YEAR"),
                rules(validate(node("G", null, Level.GOAL, noKind, yearlyQuarters, quarters, qualitative, badScale, noScale,
                        strayScale, qualitativeQuarters))));
    }
}
