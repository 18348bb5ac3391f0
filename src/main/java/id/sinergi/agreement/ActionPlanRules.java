package id.sinergi.agreement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.sinergi.agreement.ActionPlanRequest.ActivityPlan;
import id.sinergi.agreement.ActionPlanRequest.IndicatorPlan;
import id.sinergi.agreement.ActionPlanRequest.QuarterPlan;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;
import id.sinergi.problem.ViolationList;

/**
 * The rules an action plan satisfies, in plain Java (docs/domain.md, "Rencana Aksi"): every agreed indicator
 * planned once with its four quarters in the agreed target's form, Q4 the agreed target, and targets to date
 * that never fall for kinds that only grow (CUMULATIVE adds periods, MAXIMUM keeps the highest); every activity
 * once, below an agreed programme, with 12 monthly weights from 0 to 100 totalling exactly 100.
 */
public final class ActionPlanRules {

    static final BigDecimal HUNDRED = new BigDecimal(100);

    /** An agreed indicator: its polarity, accumulation kind, the agreed target and the labels of its scale. */
    public record Agreed(String polarity, String accumulation, BigDecimal value, BigDecimal min, BigDecimal max,
                         String label, Set<String> labels) {
        boolean range() {
            return "RANGE".equals(polarity);
        }

        boolean qualitative() {
            return "QUALITATIVE".equals(accumulation);
        }

        boolean neverFalls() {
            return "CUMULATIVE".equals(accumulation) || "MAXIMUM".equals(accumulation);
        }
    }

    private final ViolationList violations = new ViolationList();
    private int element;

    private ActionPlanRules() {
    }

    /**
     * The violations of a plan; agreed: the agreement's indicators by key; activities: the activities and
     * sub-activities below its programmes in the tree version it was drawn from.
     */
    public static ViolationList check(ActionPlanRequest plan, Map<String, Agreed> agreed, Set<String> activities) {
        ActionPlanRules rules = new ActionPlanRules();
        rules.indicators(plan.indicators(), agreed);
        // activities are listed after the indicators and the agreed indicators left unplanned
        rules.activities(plan.activities(), activities, plan.indicators() == null ? 1 : plan.indicators().size() + 1);
        return rules.violations;
    }

    private void violation(String at, String rule, String key, Object... args) {
        violations.add(element, Violation.at(at, rule, Text.of("plan." + key, args)));
    }

    private void indicators(List<IndicatorPlan> plans, Map<String, Agreed> agreed) {
        if (plans == null) {
            violation("/indicators", "REQUIRED", "indicators-required");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            element = i;
            IndicatorPlan plan = plans.get(i);
            String at = "/indicators/" + i;
            if (plan == null || plan.key() == null) {
                violation(plan == null ? at : at + "/key", "REQUIRED", "indicator-key-required");
                continue;
            }
            Agreed indicator = agreed.get(plan.key());
            if (indicator == null) {
                violation(at + "/key", "INDICATOR_NOT_AGREED", "indicator-not-agreed", Violation.quote(plan.key()));
            } else if (seen.putIfAbsent(plan.key(), i) != null) {
                violation(at + "/key", "INDICATOR_DUPLICATE", "indicator-duplicate", Violation.quote(plan.key()),
                        seen.get(plan.key()));
            } else {
                quarters(indicator, plan.quarters(), at + "/quarters");
            }
        }
        element = plans.size();
        agreed.keySet().stream().filter(key -> !seen.containsKey(key)).sorted().forEach(key ->
                violation("/indicators", "INDICATOR_NOT_PLANNED", "indicator-not-planned", Violation.quote(key)));
    }

    private void quarters(Agreed indicator, List<QuarterPlan> quarters, String at) {
        if (quarters == null || quarters.size() != 4) {
            violation(at, "QUARTERS_INCOMPLETE", "quarters-incomplete");
            return;
        }
        QuarterPlan[] byQuarter = new QuarterPlan[4];
        for (int q = 0; q < 4; q++) {
            QuarterPlan plan = quarters.get(q);
            String quarterAt = at + "/" + q;
            if (plan == null || plan.quarter() == null) {
                violation(plan == null ? quarterAt : quarterAt + "/quarter", "REQUIRED", "quarter-required");
            } else if (plan.quarter() < 1 || plan.quarter() > 4) {
                violation(quarterAt + "/quarter", "QUARTER_OUT_OF_RANGE", "quarter-out-of-range");
            } else if (byQuarter[plan.quarter() - 1] != null) {
                violation(quarterAt + "/quarter", "QUARTER_DUPLICATE", "quarter-duplicate", plan.quarter());
            } else if (form(indicator, plan, quarterAt)) {
                byQuarter[plan.quarter() - 1] = plan;
            }
        }
        QuarterPlan last = byQuarter[3];
        if (last != null && !(same(last.value(), indicator.value()) && same(last.min(), indicator.min())
                && same(last.max(), indicator.max()) && Objects.equals(last.label(), indicator.label()))) {
            violation(at + "/" + quarters.indexOf(last), "QUARTER_4_NOT_AGREED", "quarter-4-not-agreed");
        }
        if (indicator.neverFalls() && !indicator.range()) {
            for (int q = 1; q < 4; q++) {
                QuarterPlan before = byQuarter[q - 1];
                QuarterPlan now = byQuarter[q];
                if (before != null && now != null && now.value().compareTo(before.value()) < 0) {
                    violation(at + "/" + quarters.indexOf(now), "QUARTER_TARGET_FALLS", "quarter-target-falls",
                        indicator.accumulation(), q + 1, now.value().toPlainString(), q, before.value().toPlainString());
                }
            }
        }
    }

    /** Whether the quarter's target has the agreed target's form (listing what is wrong when not). */
    private boolean form(Agreed indicator, QuarterPlan plan, String at) {
        int before = (int) violations.total();
        if (indicator.qualitative()) {
            if (plan.label() == null || plan.value() != null || plan.min() != null || plan.max() != null) {
                violation(at, "TARGET_FORM", "target-form-label");
            } else if (!indicator.labels().contains(plan.label())) {
                violation(at + "/label", "LABEL_NOT_IN_SCALE", "label-not-in-scale", Violation.quote(plan.label()));
            }
        } else if (indicator.range()) {
            if (plan.min() == null || plan.max() == null || plan.value() != null || plan.label() != null) {
                violation(at, "TARGET_FORM", "target-form-band");
            } else if (plan.min().compareTo(plan.max()) > 0) {
                violation(at, "RANGE_INVERTED", "range-inverted");
            }
        } else if (plan.value() == null || plan.min() != null || plan.max() != null || plan.label() != null) {
            violation(at, "TARGET_FORM", "target-form-value");
        }
        return violations.total() == before;
    }

    private void activities(List<ActivityPlan> plans, Set<String> activities, int firstElement) {
        if (plans == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            element = firstElement + i;
            ActivityPlan plan = plans.get(i);
            String at = "/activities/" + i;
            if (plan == null || plan.node() == null) {
                violation(plan == null ? at : at + "/node", "REQUIRED", "activity-key-required");
                continue;
            }
            if (!activities.contains(plan.node())) {
                violation(at + "/node", "ACTIVITY_NOT_AGREED", "activity-not-agreed", Violation.quote(plan.node()));
            } else if (!seen.add(plan.node())) {
                violation(at + "/node", "ACTIVITY_DUPLICATE", "activity-duplicate", Violation.quote(plan.node()));
            }
            weights(plan.weights(), at + "/weights");
        }
    }

    private void weights(List<BigDecimal> weights, String at) {
        if (weights == null || weights.size() != 12) {
            violation(at, "WEIGHTS_NOT_12", "weights-not-12");
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 0; m < 12; m++) {
            BigDecimal weight = weights.get(m);
            if (weight == null || weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
                violation(at + "/" + m, "WEIGHT_OUT_OF_RANGE", "weight-out-of-range");
                return;
            }
            total = total.add(weight);
        }
        if (total.compareTo(HUNDRED) != 0) {
            violation(at, "WEIGHTS_NOT_100", "weights-not-100", total.stripTrailingZeros().toPlainString());
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
