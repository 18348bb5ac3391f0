package id.sinergi.realisation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.Polarity;
import id.sinergi.cascade.Reporting;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorFigures", description = "An indicator's figures, targets and capaian to date at the end of each "
        + "quarter of a year (Q4: the year), and how each was computed")
public record IndicatorFigures(
        @Schema(example = "IK-S1-1") String indicator,
        @Schema(example = "2025") int year,
        Reporting reporting,
        Accumulation accumulation,
        Polarity polarity,
        String unit,
        @Schema(description = "Which realisations the capaian counts: ALL or VERIFIED") String figures,
        List<Quarter> quarters) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuarterFigure", description = "Figure, target and capaian to date at the end of a quarter")
    public record Quarter(
            @Schema(example = "2") int quarter,
            @Schema(description = "Target to date") @MayBeAbsent BigDecimal target,
            @MayBeAbsent BigDecimal min,
            @MayBeAbsent BigDecimal max,
            @Schema(description = "QUALITATIVE: the target's label") @MayBeAbsent String targetLabel,
            @Schema(description = "Where the target to date comes from", example = "Q2 target") @MayBeAbsent String targetSource,
            @Schema(description = "Figure to date from every current realisation") @MayBeAbsent BigDecimal value,
            @Schema(description = "QUALITATIVE: the latest period's label") @MayBeAbsent String label,
            @Schema(description = "Periods counted") int periods,
            @Schema(description = "The latest period counted", example = "Q2") @MayBeAbsent String latestPeriod,
            @Schema(description = "How the figure to date followed from the periods", example = "Q1 12 + Q2 18 = 30")
            @MayBeAbsent String derivation,
            @Schema(description = "Periods up to the quarter's end without a figure", example = "[\"Q1\"]") List<String> missing,
            @Schema(description = "Figure to date from verified realisations only") @MayBeAbsent BigDecimal verifiedValue,
            int verifiedPeriods,
            @MayBeAbsent String verifiedDerivation,
            @Schema(description = "Capaian to date, in percent, of the figures counted") @MayBeAbsent BigDecimal capaian,
            @Schema(description = "How the capaian was reached", example = "30 / 40 x 100 = 75") String formula,
            @Schema(description = "Predikat band of the capaian", example = "Baik") @MayBeAbsent String predikat,
            @Schema(description = "The band's colour", example = "#91CF60") @MayBeAbsent String colour) {
    }
}
