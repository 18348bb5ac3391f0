package id.sinergi.cascade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole cascade tree as a client submits it: either a flat list of nodes that name their parent, or
 * nested (children inside their parent), or a mix; both forms mean the same tree.
 */
@Schema(name = "CascadeTreeSubmission", description = "A whole cascade tree (pohon kinerja) for one agency and period. "
        + "A tree read with GET may be submitted back as it is: its version and form fields are ignored.")
@JsonIgnoreProperties({"version", "form"})
public record TreeSubmission(
        @Schema(description = "The nodes: flat (each names its parent) or nested (children inside nodes)", required = true)
        List<Node> nodes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CascadeNode", description = "A node of the cascade: tujuan, sasaran, program, kegiatan or sub-kegiatan")
    public record Node(
            @Schema(description = "Client-chosen key, unique in the tree and stable across revisions: the node's identity",
                    example = "S1", required = true)
            String key,
            @Schema(description = "Key of the parent node; absent for a GOAL (tujuan) and implied for nested children",
                    example = "T1")
            String parent,
            @Schema(description = "Level; a child is exactly one level below its parent", required = true)
            Level level,
            @Schema(description = "What the node commits to", example = "Meningkatnya kualitas pelayanan publik", required = true)
            String statement,
            @Schema(description = "Penanggung jawab: who answers for the node", required = true)
            Owner owner,
            @Schema(description = "The node of another agency's tree this node supports (vertical cascade)")
            SupportsReference supports,
            @Schema(description = "Inputs; only on ACTIVITY and SUB_ACTIVITY")
            Inputs inputs,
            @Schema(description = "Free tags: theme, SDG, priority programme", example = "[\"SDG16\", \"prioritas-nasional\"]")
            List<String> tags,
            @Schema(description = "Performance indicators of the node")
            List<Indicator> indicators,
            @Schema(description = "Child nodes, in the nested form")
            List<Node> children,
            @Schema(description = "Kode nomenklatur (Permendagri 90/2019) of a PROGRAM (X.XX.XX), ACTIVITY (kegiatan, "
                    + "X.XX.XX.X.XX) or SUB_ACTIVITY (sub-kegiatan, X.XX.XX.X.XX.XXXX): urusan, bidang urusan, program, "
                    + "kegiatan and sub-kegiatan numbers; a programme serving every affair (penunjang urusan) starts "
                    + "X.XX. A child's code extends its parent's; each code appears once in a tree; when a reference list "
                    + "is loaded (PUT /api/v1/nomenclature) the code must be on it.", example = "1.02.02.2.01.0001")
            String code) {
    }

    @Schema(name = "NodeOwner", description = "Penanggung jawab: the agency or unit and the position that answers for a node")
    public record Owner(
            @Schema(description = "Agency code", example = "KEMENPANRB", required = true) String agency,
            @Schema(description = "Position (jabatan)", example = "Deputi Bidang Pelayanan Publik") String position) {
    }

    @Schema(name = "SupportsReference", description = "A node of another agency's tree")
    public record SupportsReference(
            @Schema(example = "BAPPENAS", required = true) String agency,
            @Schema(example = "2025-2029", required = true) String period,
            @Schema(example = "SN-3", required = true) String key) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NodeInputs", description = "Inputs of an activity: budget per year, staff and facilities")
    public record Inputs(
            @Schema(description = "Budget (IDR) per year of the period, keyed by year",
                    example = "{\"2025\": 1500000000, \"2026\": 1650000000}")
            Map<Integer, BigDecimal> budget,
            @Schema(description = "Staff, in full-time equivalents", example = "4.5") BigDecimal staff,
            @Schema(description = "Facilities (sarana prasarana)", example = "Server aplikasi LAPOR!, ruang pengelola") String facilities) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CascadeIndicator", description = "A performance indicator; an IKU when iku is true")
    public record Indicator(
            @Schema(description = "Key, unique in the tree and stable across revisions", example = "IK-S1-1", required = true)
            String key,
            @Schema(description = "Shared national reference code: the same code in two trees means the same measure",
                    example = "IKU-PP-01")
            String code,
            @Schema(example = "Persentase pengaduan yang ditindaklanjuti", required = true) String name,
            @Schema(description = "Unit of measure (satuan)", example = "persen", required = true) String unit,
            @Schema(description = "Whether this is an Indikator Kinerja Utama (default false)") Boolean iku,
            @Schema(required = true) Polarity polarity,
            @Schema(description = "Weight in the node's score (default 1, must be positive)", example = "1") BigDecimal weight,
            Baseline baseline,
            @Schema(description = "Yearly targets inside the period; a band for RANGE polarity") List<Target> targets,
            String definition,
            String formula,
            @Schema(description = "Data source (sumber data)") String dataSource,
            @Schema(description = "How several agencies' figures for the code combine into the national one (default SUM): "
                    + "SUM adds them, AVERAGE averages them, MIN and MAX take the lowest and highest, LAST takes the lead's "
                    + "figure (the data custodian's; within one agency, its indicator at the highest level). Every carrier "
                    + "of a code combines it by the same rule (SHARED_CODE_COMBINE_MISMATCH otherwise).") CombineRule combine,
            @Schema(description = "How often a realisation is reported (default YEARLY): once a year (period Y), per "
                    + "quarter (triwulan, Q1-Q4) or per month (M01-M12)") Reporting reporting,
            @Schema(description = "How the periods make the figure to date and the year's figure: CUMULATIVE adds them, "
                    + "LAST_VALUE takes the latest (percentages, indices, prevalence), AVERAGE and MAXIMUM the mean and "
                    + "the highest, QUALITATIVE the latest label's score. Required when reporting is QUARTERLY or MONTHLY; "
                    + "LAST_VALUE for a YEARLY indicator without one.") Accumulation accumulation,
            @Schema(description = "QUALITATIVE only: the labels from worst to best with their scores, strictly "
                    + "increasing (2 to 20 levels)") List<ScaleLevel> scale) {

        /** An empty scale is no scale: generated clients send optional lists as []. */
        public Indicator {
            scale = scale == null || scale.isEmpty() ? null : scale;
        }

        /** The combine rule in force: SUM unless another is given. */
        public CombineRule combineRule() {
            return combine == null ? CombineRule.SUM : combine;
        }

        /** The reporting frequency in force: YEARLY unless another is given. */
        public Reporting reportingFrequency() {
            return reporting == null ? Reporting.YEARLY : reporting;
        }

        /** The accumulation kind in force: LAST_VALUE unless another is given (given it must be, unless YEARLY). */
        public Accumulation accumulationKind() {
            return accumulation == null ? Accumulation.LAST_VALUE : accumulation;
        }

        /** The score of a label of the scale, or null when the scale has no such label. */
        public BigDecimal scoreOf(String label) {
            if (scale == null || label == null) {
                return null;
            }
            return scale.stream().filter(level -> level != null && label.equals(level.label()))
                    .map(ScaleLevel::score).findFirst().orElse(null);
        }
    }

    @Schema(name = "ScaleLevel", description = "A label of a qualitative scale and the score it counts as")
    public record ScaleLevel(
            @Schema(example = "WTP", required = true) String label,
            @Schema(example = "100", required = true) BigDecimal score) {
    }

    @Schema(name = "Baseline", description = "The value before the period; its year may be the year before the period")
    public record Baseline(
            @Schema(example = "2024", required = true) Integer year,
            @Schema(example = "62.5", required = true) BigDecimal value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "YearlyTarget", description = "Target for one year: value, min and max for RANGE polarity, or a label "
            + "of the scale for a QUALITATIVE indicator")
    public record Target(
            @Schema(example = "2025", required = true) Integer year,
            @Schema(example = "80") BigDecimal value,
            @Schema(description = "Lower bound, RANGE only") BigDecimal min,
            @Schema(description = "Upper bound, RANGE only") BigDecimal max,
            @Schema(description = "Label of the scale, QUALITATIVE only", example = "WTP") String label,
            @Schema(description = "Targets to date at the end of quarters (target s.d. triwulan), for a QUARTERLY or "
                    + "MONTHLY indicator, in its accumulation kind: a CUMULATIVE indicator's Q2 target is what the first "
                    + "half year adds up to. A Q4 target equals the year's.") List<QuarterTarget> quarters) {

        /** No quarterly targets, when the list is empty: generated clients send optional lists as []. */
        public Target {
            quarters = quarters == null || quarters.isEmpty() ? null : quarters;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuarterTarget", description = "Target to date at the end of a quarter, in the same form as the year's")
    public record QuarterTarget(
            @Schema(example = "2", minimum = "1", maximum = "4", required = true) Integer quarter,
            @Schema(example = "40") BigDecimal value,
            @Schema(description = "Lower bound, RANGE only") BigDecimal min,
            @Schema(description = "Upper bound, RANGE only") BigDecimal max,
            @Schema(description = "Label of the scale, QUALITATIVE only") String label) {
    }
}
