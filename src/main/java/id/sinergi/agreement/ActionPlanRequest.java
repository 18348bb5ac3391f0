package id.sinergi.agreement;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The action plan (Rencana Aksi) of the agreement in force: quarterly targets and monthly activity weights. */
@Schema(name = "ActionPlanRequest", description = "Rencana Aksi: each agreed indicator's targets to date per quarter, "
        + "and each activity's planned share of the year's work per month")
public record ActionPlanRequest(
        @Schema(description = "Every agreed indicator once, with its four quarters", required = true)
        List<IndicatorPlan> indicators,
        @Schema(description = "Activities and sub-activities below the agreed programmes, each with 12 monthly weights "
                + "totalling 100") List<ActivityPlan> activities) {

    @Schema(name = "IndicatorPlan")
    public record IndicatorPlan(
            @Schema(description = "Key of an agreed indicator", example = "IK-S1-1", required = true) String key,
            @Schema(description = "Targets to date at the end of Q1 to Q4 (target s.d. triwulan), in the indicator's "
                    + "accumulation kind; Q4 is the agreed target", required = true) List<QuarterPlan> quarters) {
    }

    @Schema(name = "QuarterPlan", description = "A target to date: a value, a min/max band (RANGE) or a label (QUALITATIVE)")
    public record QuarterPlan(
            @Schema(example = "2", minimum = "1", maximum = "4", required = true) Integer quarter,
            @Schema(example = "40") BigDecimal value,
            BigDecimal min,
            BigDecimal max,
            String label) {
    }

    @Schema(name = "ActivityPlan")
    public record ActivityPlan(
            @Schema(description = "Key of an ACTIVITY or SUB_ACTIVITY below an agreed programme", example = "K1-1",
                    required = true) String node,
            @Schema(description = "Share of the year's work planned for each month, January first: 12 numbers from 0 "
                    + "to 100 totalling 100", example = "[0, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5]", required = true)
            List<BigDecimal> weights) {
    }
}
