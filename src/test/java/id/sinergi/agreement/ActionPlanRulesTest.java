package id.sinergi.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.sinergi.agreement.ActionPlanRequest.ActivityPlan;
import id.sinergi.agreement.ActionPlanRequest.IndicatorPlan;
import id.sinergi.agreement.ActionPlanRequest.QuarterPlan;
import id.sinergi.agreement.ActionPlanRules.Agreed;

class ActionPlanRulesTest {

    static final Map<String, Agreed> AGREED = Map.of(
            "SERVED", new Agreed("HIGHER_IS_BETTER", "CUMULATIVE", new BigDecimal(1200), null, null, null, Set.of()),
            "STUNTING", new Agreed("RANGE", "LAST_VALUE", null, new BigDecimal(14), new BigDecimal(16), null, Set.of()),
            "OPINION", new Agreed("HIGHER_IS_BETTER", "QUALITATIVE", null, null, null, "WTP",
                    Set.of("TW", "WDP", "WTP")));

    static QuarterPlan value(int quarter, int value) {
        return new QuarterPlan(quarter, BigDecimal.valueOf(value), null, null, null);
    }

    static List<String> rules(ActionPlanRequest plan) {
        return ActionPlanRules.check(plan, AGREED, Set.of("K1")).listed().stream()
                .map(v -> v.pointer() + " " + v.rule()).toList();
    }

    static List<BigDecimal> weights(double... weights) {
        return Arrays.stream(weights).mapToObj(BigDecimal::valueOf).toList();
    }

    static final IndicatorPlan STUNTING = new IndicatorPlan("STUNTING", List.of(
            new QuarterPlan(1, null, new BigDecimal(16), new BigDecimal(19), null),
            new QuarterPlan(2, null, new BigDecimal(15), new BigDecimal(18), null),
            new QuarterPlan(3, null, new BigDecimal(15), new BigDecimal(17), null),
            new QuarterPlan(4, null, new BigDecimal(14), new BigDecimal(16), null)));
    static final IndicatorPlan OPINION = new IndicatorPlan("OPINION", List.of(
            new QuarterPlan(1, null, null, null, "TW"), new QuarterPlan(2, null, null, null, "WDP"),
            new QuarterPlan(3, null, null, null, "WDP"), new QuarterPlan(4, null, null, null, "WTP")));

    @Test
    void aConsistentPlanPasses() {
        assertEquals(List.of(), rules(new ActionPlanRequest(List.of(
                new IndicatorPlan("SERVED", List.of(value(1, 200), value(2, 500), value(3, 900), value(4, 1200))),
                STUNTING, OPINION),
                List.of(new ActivityPlan("K1", weights(0, 0, 12.5, 12.5, 10, 10, 10, 10, 10, 10, 10, 5))))));
    }

    @Test
    void aCumulativeTargetToDateNeverFallsAndEachKindKeepsItsForm() {
        assertEquals(List.of(
                        "/indicators/0/quarters/2 QUARTER_TARGET_FALLS",
                        "/indicators/1/quarters/3 QUARTER_4_NOT_AGREED",
                        "/indicators/2/quarters/0 TARGET_FORM",
                        "/indicators/2/quarters/1/label LABEL_NOT_IN_SCALE",
                        "/activities/0/weights/3 WEIGHT_OUT_OF_RANGE"),
                rules(new ActionPlanRequest(List.of(
                        // in quarters listed out of order; Q3 900 falls below Q2 950
                        new IndicatorPlan("SERVED", List.of(value(2, 950), value(1, 200), value(3, 900), value(4, 1200))),
                        new IndicatorPlan("STUNTING", List.of(STUNTING.quarters().get(0), STUNTING.quarters().get(1),
                                STUNTING.quarters().get(2), new QuarterPlan(4, null, new BigDecimal(14), new BigDecimal(17), null))),
                        new IndicatorPlan("OPINION", List.of(value(1, 50), new QuarterPlan(2, null, null, null, "Baik"),
                                OPINION.quarters().get(2), OPINION.quarters().get(3)))),
                        List.of(new ActivityPlan("K1", weights(0, 0, 0, -10, 10, 20, 20, 20, 20, 20, 0, 0))))));
    }

    @Test
    void weightsTotalExactlyAHundred() {
        assertEquals(List.of("/activities/0/weights WEIGHTS_NOT_100"), rules(new ActionPlanRequest(List.of(
                new IndicatorPlan("SERVED", List.of(value(1, 200), value(2, 500), value(3, 900), value(4, 1200))),
                STUNTING, OPINION),
                List.of(new ActivityPlan("K1", weights(8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33))))));
    }
}
