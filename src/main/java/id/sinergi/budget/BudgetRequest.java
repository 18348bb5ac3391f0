package id.sinergi.budget;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's budget (DPA) of a tree's activities and sub-activities, replacing what was there for the year. */
@Schema(name = "BudgetRequest", description = "The year's budget lines: ceilings and spending per activity or sub-activity")
public record BudgetRequest(
        @Schema(description = "One line per activity or sub-activity with a budget", required = true) List<Line> lines) {

    @Schema(name = "BudgetLine", description = "The budget of one activity or sub-activity for the year")
    public record Line(
            @Schema(description = "Key of an ACTIVITY or SUB_ACTIVITY node of the current version (an activity with "
                    + "sub-activities takes its budget through them)", example = "K1-1", required = true) String node,
            @Schema(description = "Pagu murni: the original ceiling (IDR)", example = "1500000000", required = true)
            BigDecimal originalCeiling,
            @Schema(description = "Pagu perubahan: the revised ceiling (IDR), once revised; it is then the ceiling in force",
                    example = "1200000000") BigDecimal revisedCeiling,
            @Schema(description = "Spending (realisasi anggaran) per month; a month not listed is not reported yet")
            List<MonthSpending> spending) {
    }

    @Schema(name = "MonthSpending", description = "What was spent in one month (IDR)")
    public record MonthSpending(
            @Schema(example = "3", minimum = "1", maximum = "12", required = true) Integer month,
            @Schema(example = "125000000", required = true) BigDecimal amount) {
    }

    /** One month's spending of several lines, as a finance unit reports it each month. */
    @Schema(name = "MonthSpendingReport", description = "What each listed activity or sub-activity spent in the month")
    public record MonthReport(@Schema(required = true) List<NodeSpending> lines) {
    }

    @Schema(name = "NodeSpending", description = "What one activity or sub-activity spent in the month (IDR)")
    public record NodeSpending(
            @Schema(example = "K1-1", required = true) String node,
            @Schema(example = "125000000", required = true) BigDecimal amount) {
    }
}
