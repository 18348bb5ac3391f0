package id.sinergi.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.agreement.AgreementRequest.Party;
import id.sinergi.cascade.Accumulation;
import id.sinergi.cascade.Level;
import id.sinergi.cascade.Polarity;
import id.sinergi.json.MayBeAbsent;
import id.sinergi.report.CsvTable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a performance agreement as a document: what was agreed, by whom, and how it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Agreement", description = "A version of a Perjanjian Kinerja: the agreed sasaran and programme "
        + "indicators with the year's targets, the programme budget and the signatories")
public record AgreementView(
        @Schema(example = "KEMENPANRB") String agency,
        @Schema(example = "2025-2029") String period,
        @Schema(example = "2026") int year,
        @Schema(description = "1 for the original, higher for each amendment (perubahan)", example = "1") int version,
        AgreementStatus status,
        @Schema(description = "Whether this is the agreement the year is measured against: the highest signed version")
        boolean inForce,
        @Schema(description = "Why this version amends the one before (absent for version 1)") @MayBeAbsent String reason,
        @Schema(description = "The FINAL tree version it was drawn from") int treeVersion,
        Party firstParty,
        Party secondParty,
        @Schema(description = "The superior's agreement this one cascades from") @MayBeAbsent SuperiorAgreement superior,
        String drawnBy,
        Instant drawnAt,
        @MayBeAbsent String signedBy,
        @MayBeAbsent Instant signedAt,
        @Schema(description = "Sum of the programmes' budgets (IDR); absent when no programme has a budget") @MayBeAbsent BigDecimal budget,
        List<AgreedIndicator> indicators,
        List<AgreedProgramme> programmes) implements CsvTable {

    @Schema(name = "SuperiorAgreement")
    public record SuperiorAgreement(@Schema(example = "KEMENPANRB") String agency, int version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgreedIndicator", description = "An agreed indicator with the year's target")
    public record AgreedIndicator(String key, String node, Level level, String statement, String name, String unit,
                                  @Schema(implementation = Polarity.class) String polarity,
                                  @Schema(implementation = Accumulation.class) String accumulation, AgreedTarget target) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgreedTarget", description = "A target: a value, a min/max band (RANGE) or a label (QUALITATIVE)")
    public record AgreedTarget(BigDecimal value, @MayBeAbsent BigDecimal min, @MayBeAbsent BigDecimal max, @MayBeAbsent String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AgreedProgramme", description = "An agreed programme with its budget for the year")
    public record AgreedProgramme(String node, @Schema(example = "1.02.02") String code, String statement,
                                  @Schema(description = "Ceiling in force of its activities and sub-activities when "
                                          + "drawn (IDR); absent when none had a budget") BigDecimal budget) {
    }

    static final List<String> COLUMNS = List.of("version", "status", "part", "node", "level", "statement", "indicator",
            "name", "unit", "polarity", "value", "min", "max", "label", "code", "budget");

    @Override
    public List<String> csvHeader() {
        return COLUMNS;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (AgreedIndicator i : indicators) {
            AgreedTarget t = i.target();
            rows.add(Arrays.asList(version, status, "INDICATOR", i.node(), i.level(), i.statement(), i.key(), i.name(),
                    i.unit(), i.polarity(), t.value(), t.min(), t.max(), t.label(), null, null));
        }
        for (AgreedProgramme p : programmes) {
            rows.add(Arrays.asList(version, status, "PROGRAMME", p.node(), Level.PROGRAM, p.statement(), null, null, null,
                    null, null, null, null, null, p.code(), p.budget()));
        }
        return rows;
    }
}
