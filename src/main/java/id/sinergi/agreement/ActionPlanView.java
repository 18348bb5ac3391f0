package id.sinergi.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.agreement.ActionPlanRequest.QuarterPlan;
import id.sinergi.agreement.AgreementView.AgreedTarget;
import id.sinergi.cascade.Accumulation;
import id.sinergi.report.CsvTable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The action plan of an agreement version as a document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ActionPlan", description = "Rencana Aksi of an agreement version: quarterly targets to date of the "
        + "agreed indicators and monthly weights of the activities")
public record ActionPlanView(
        @Schema(example = "KEMENPANRB") String agency,
        @Schema(example = "2025-2029") String period,
        @Schema(example = "2026") int year,
        @Schema(description = "The agreement version planned", example = "1") int agreementVersion,
        String plannedBy,
        Instant plannedAt,
        List<PlannedIndicator> indicators,
        List<PlannedActivity> activities) implements CsvTable {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlannedIndicator")
    public record PlannedIndicator(String key, String node, String name, String unit,
                                   @Schema(implementation = Accumulation.class) String accumulation,
                                   @Schema(description = "The agreed target of the year") AgreedTarget agreed,
                                   List<QuarterPlan> quarters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlannedActivity")
    public record PlannedActivity(String node, @Schema(example = "1.02.02.2.01") String code, String statement,
                                  @Schema(description = "January to December, totalling 100") List<BigDecimal> weights) {
    }

    static final List<String> COLUMNS = List.of("part", "key", "name", "code", "unit", "accumulation", "agreed", "Q1", "Q2",
            "Q3", "Q4", "M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12");

    @Override
    public List<String> csvHeader() {
        return COLUMNS;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (PlannedIndicator i : indicators) {
            List<Object> row = new ArrayList<>(Arrays.asList("INDICATOR", i.key(), i.name(), null, i.unit(), i.accumulation(),
                    text(i.agreed().value(), i.agreed().min(), i.agreed().max(), i.agreed().label())));
            Object[] quarters = new Object[4];
            i.quarters().forEach(q -> quarters[q.quarter() - 1] = text(q.value(), q.min(), q.max(), q.label()));
            row.addAll(Arrays.asList(quarters));
            row.addAll(Arrays.asList(new Object[12]));
            rows.add(row);
        }
        for (PlannedActivity a : activities) {
            List<Object> row = new ArrayList<>(Arrays.asList("ACTIVITY", a.node(), a.statement(), a.code(), null, null,
                    null, null, null, null, null));
            row.addAll(a.weights());
            rows.add(row);
        }
        return rows;
    }

    /** A target in one cell: the value, the label, or the band as min-max. */
    private static String text(BigDecimal value, BigDecimal min, BigDecimal max, String label) {
        if (label != null) {
            return label;
        }
        if (value != null) {
            return value.toPlainString();
        }
        return min == null ? null : min.toPlainString() + "-" + max.toPlainString();
    }
}
