package id.sinergi.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.sinergi.cache.CacheableAnswer;
import id.sinergi.common.FiguresParameter;
import id.sinergi.common.PagingParameters;
import id.sinergi.common.QueryParams;
import id.sinergi.report.ReportParameters.Agency;
import id.sinergi.report.ReportParameters.OptionalMonth;
import id.sinergi.report.ReportParameters.OptionalQuarter;
import id.sinergi.report.ReportParameters.OptionalYear;
import id.sinergi.report.ReportParameters.Period;
import id.sinergi.report.ReportParameters.Quarter;
import id.sinergi.report.ReportParameters.RequiredAgency;
import id.sinergi.report.ReportParameters.RequiredYear;
import id.sinergi.security.Roles;
import id.sinergi.svg.Picture;
import id.sinergi.xlsx.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Monitoring-and-evaluation reports over the current trees of a period, computed in the database.
 * JSON by default; CSV with {@code Accept: text/csv}.
 */
@CacheableAnswer(report = true)
@Path("/api/v1/reports")
@Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheet.MEDIA_TYPE})
@RolesAllowed({Roles.PLANNER, Roles.ANALYST, Roles.ADMIN, Roles.VERIFIER})
@APIResponse(responseCode = "404", ref = "NotFound")
@Tag(name = "Reports", description = "Analytics over the current trees of a period (JSON, or CSV with Accept: text/csv). "
        + "Unknown period or agency: 404; year outside the period: 422; a period without trees gives empty results.")
public class ReportResource {

    static final BigDecimal DEFAULT_SIMILARITY = new BigDecimal("0.6");

    /** The columns of each report as CSV, by operationId, for the contract. */
    public static final Map<String, List<String>> CSV_COLUMNS = Map.ofEntries(
            Map.entry("indicatorAchievement", AchievementReports.INDICATOR_COLUMNS),
            Map.entry("earlyWarning", EarlyWarningReport.COLUMNS),
            Map.entry("nodeAchievement", AchievementReports.NODE_COLUMNS),
            Map.entry("treeAchievement", AchievementReports.TREE_COLUMNS),
            Map.entry("agencyAchievement", AchievementReports.AGENCY_COLUMNS),
            Map.entry("sharedKpiCoverage", CoverageReport.COLUMNS),
            Map.entry("crossCuttingOutcomes", CrossCuttingReport.COLUMNS),
            Map.entry("crosscuttingMatrix", MatrixReport.COLUMNS),
            Map.entry("integrityFindings", IntegrityReport.COLUMNS),
            Map.entry("duplicationCandidates", DuplicationReport.COLUMNS),
            Map.entry("outcomeInputs", InputsReport.COLUMNS),
            Map.entry("absorption", BudgetReports.ABSORPTION_COLUMNS),
            Map.entry("outcomeEfficiency", BudgetReports.OUTCOME_COLUMNS),
            Map.entry("agencyEfficiency", BudgetReports.AGENCY_COLUMNS),
            Map.entry("lkjipTables", PerformanceReport.COLUMNS),
            Map.entry("synergyRatios", SynergyReport.COLUMNS));

    @Inject
    AchievementReports achievement;

    @Inject
    CoverageReport coverage;

    @Inject
    CrossCuttingReport crossCutting;

    @Inject
    MatrixReport matrix;

    @Inject
    IntegrityReport integrity;

    @Inject
    DuplicationReport duplication;

    @Inject
    InputsReport inputs;

    @Inject
    SynergyReport synergy;

    @Inject
    EarlyWarningReport earlyWarning;

    @Inject
    BudgetReports budgets;

    @Inject
    PerformanceReport performance;

    @GET
    @Path("/achievement/indicators")
    @Operation(operationId = "indicatorAchievement", summary = "Capaian per indicator",
            description = "Target, realisation and capaian of every indicator for the year, or to date at the end of a "
                    + "quarter, ordered by agency and position. The realisation is the figure to date: the periods reported "
                    + "up to the quarter's end added up by the indicator's accumulation kind (derivation says how; a missing "
                    + "period never counts as 0); the target is the target to date (targetSource says which). Capaian by "
                    + "polarity, kept within 0 and the configured cap (default 120), as defined in the repository's "
                    + "docs/domain.md (\"Capaian\"); no realisation: no capaian (absent, never 0). Each capaian carries its "
                    + "predikat band and colour.")
    @APIResponse(responseCode = "200", description = "One page of indicators")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<AchievementReports.IndicatorScore> indicatorAchievement(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam OptionalQuarter quarter,
            @BeanParam FiguresParameter figures, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return achievement.indicators(ReportParameters.scope(period, year, agency), quarter.orYear(), figures.verifiedOnly(),
                paging.request());
    }

    @GET
    @Path("/early-warning")
    @Operation(operationId = "earlyWarning", summary = "Early warning (peringatan dini) at the end of a quarter",
            description = "Indicators whose figure to date, projected to the year's end, misses the year's target "
                    + "(OFF_TRACK: projected capaian below WARNING_BELOW, default 100) and indicators with a period up to the "
                    + "quarter's end that is past due without a realisation (OVERDUE: REPORTING_DAYS, default 14, after the "
                    + "period ends). Projection: a CUMULATIVE indicator runs on at its rate so far (figure / months covered "
                    + "x 12); every other kind is a level and is projected as it stands (latest value, average or highest "
                    + "so far); projectionMethod shows the numbers. Ordered by agency and position; CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "One page of warnings")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<EarlyWarningReport.Warning> earlyWarning(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam Quarter quarter,
            @BeanParam FiguresParameter figures, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return earlyWarning.report(ReportParameters.scope(period, year, agency), quarter.required(), figures.verifiedOnly(),
                paging.request());
    }

    @GET
    @Path("/achievement/nodes")
    @Operation(operationId = "nodeAchievement", summary = "Capaian per node, own and rolled up",
            description = "Own score: weighted mean of the node's scored indicators. Rolled-up score: weighted mean of its "
                    + "scored children's rolled-up scores (a child weighs the sum of its indicator weights, 1 without "
                    + "indicators); a node none of whose children has a score keeps its own score. Scores count the year's "
                    + "figures (every current one, or the verified ones only: figures), with the predikat band of the "
                    + "rolled-up score.")
    @APIResponse(responseCode = "200", description = "One page of nodes")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<AchievementReports.NodeScore> nodeAchievement(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam FiguresParameter figures,
            @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return achievement.nodes(ReportParameters.scope(period, year, agency), figures.verifiedOnly(), paging.request());
    }

    @GET
    @Path("/achievement/trees")
    @Operation(operationId = "treeAchievement",
            summary = "Capaian per tree",
            description = "Weighted mean of each tree's goals' rolled-up scores, with counts "
            + "and the predikat band; counts the year's figures (every current one, or the verified ones only: figures).")
    @APIResponse(responseCode = "200", description = "One row per tree")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<AchievementReports.TreeScore> treeAchievement(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam FiguresParameter figures,
            @BeanParam Agency agency) {
        return achievement.trees(ReportParameters.scope(period, year, agency), figures.verifiedOnly());
    }

    @GET
    @Path("/achievement/agencies")
    @Operation(operationId = "agencyAchievement", summary = "Capaian per agency (penanggung jawab)",
            description = "Weighted mean of the capaian of every indicator on nodes the agency owns, in any tree of the period, "
                    + "with the predikat band; counts the year's figures (every current one, or the verified ones only: "
                    + "figures).")
    @APIResponse(responseCode = "200", description = "One row per owner agency")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<AchievementReports.AgencyScore> agencyAchievement(@BeanParam Period period, @BeanParam RequiredYear year,
                                                                    @BeanParam FiguresParameter figures) {
        return achievement.agencies(ReportParameters.scope(period, year, null), figures.verifiedOnly());
    }

    @GET
    @Path("/shared-kpi-coverage")
    @Operation(operationId = "sharedKpiCoverage", summary = "Shared-KPI coverage",
            description = "Every indicator code carried by two or more agencies: carriers, target and realisation presence, "
                    + "capaian, coverage (agencies with a target / carriers), reporting (agencies with a realisation / agencies "
                    + "with a target), the figure combined by the code's rule (LAST: the lead's figure, never whoever "
                    + "reported last), and for SUM codes the gap between the lead's "
                    + "target and the sum of the contributors' targets. The lead is the lead of the first accepted link naming "
                    + "the code; otherwise the agency carrying it at the highest level (then by agency code). CSV: one line "
                    + "per code and carrier. Paged by code, in code order.")
    @APIResponse(responseCode = "200", description = "One item per shared code")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<CoverageReport.Coverage> sharedKpiCoverage(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam PagingParameters paging) {
        return coverage.report(ReportParameters.scope(period, year, null), paging.request());
    }

    @GET
    @Path("/cross-cutting-outcomes")
    @Operation(operationId = "crossCuttingOutcomes", summary = "Cross-cutting outcomes",
            description = "Every GOAL or TARGET that more than one agency reaches: through an accepted link (either "
                    + "direction) or a node of another agency's tree that supports it, at the outcome or at a node under it; "
                    + "or through an indicator code of the outcome itself that another agency's tree also carries. The outcome's agency leads unless an accepted "
                    + "link on the outcome itself names the partner as lead. Reach is direct: an agency whose node supports "
                    + "a node that supports the outcome does not reach it. With a year, the outcome carries its own capaian "
                    + "(ownAchievement: its own IKU) and its rolled-up one (rolledUpAchievement), each contributor the "
                    + "rolled-up capaian of its contributing nodes. CSV: one line "
                    + "per outcome and contributor. Paged by outcome, in agency and position order.")
    @APIResponse(responseCode = "200", description = "Outcomes by agency and position")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<CrossCuttingReport.Outcome> crossCuttingOutcomes(
            @BeanParam Period period, @BeanParam OptionalYear year, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return crossCutting.outcomes(ReportParameters.scope(period, year, agency), paging.request());
    }

    @GET
    @Path("/crosscutting-matrix")
    @Operation(operationId = "crosscuttingMatrix", summary = "Crosscutting matrix",
            description = "Rows: cross-cutting outcomes and shared indicator codes; columns: agencies; each cell the agency's "
                    + "role (LEAD or CONTRIBUTOR), its nodes, the relationship types and its capaian for the year, named "
                    + "for what it measures: in outcome rows ownAchievement (the outcome's own IKU, in its own cell) and "
                    + "rolledUpAchievement, in shared-code rows indicatorAchievement (the agency's indicators with the code). "
                    + "Paged by row: the outcomes (as in cross-cutting-outcomes), then the shared codes (as in "
                    + "shared-kpi-coverage), counted as one list. CSV: one line per non-empty cell. SVG (Accept: "
                    + "image/svg+xml): the page as a heatmap, a cell coloured by the predikat band of its capaian and "
                    + "marked L (lead) or K (contributor).")
    @APIResponse(responseCode = "200", description = "One page of the matrix")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheet.MEDIA_TYPE, Picture.MEDIA_TYPE})
    public MatrixReport.Matrix crosscuttingMatrix(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam PagingParameters paging) {
        return matrix.report(ReportParameters.scope(period, year, null), paging.request());
    }

    @GET
    @Path("/integrity")
    @Operation(operationId = "integrityFindings", summary = "Integrity findings",
            description = "For one tree (agency) or every tree of the period: outcomes with no delivering children, support or "
                    + "accepted link (UNSUPPORTED_OUTCOME), nodes without indicators, indicators missing a target for some year, "
                    + "activities without inputs, supports references to nodes that do not exist (DANGLING_SUPPORTS), links "
                    + "whose node was removed (LINK_NODE_MISSING), links PROPOSED for longer than the configured days "
                    + "(default 30), and accepted links on nodes without indicators. Each with rule, severity and node; paged.")
    @APIResponse(responseCode = "200", description = "Findings by agency, severity and rule")
    public Report<IntegrityReport.Finding> integrity(
            @BeanParam Period period, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return integrity.report(ReportParameters.scope(period, agency), paging.request());
    }

    @GET
    @Path("/duplication")
    @Operation(operationId = "duplicationCandidates", summary = "Duplication candidates",
            description = "Programmes and activities of two agencies that carry the same shared code, or whose statements "
                    + "are near-identical, with no proposed or accepted link between the two agencies on either node. "
                    + "Near-identical: the same content words but for at most one added, dropped or replaced (case, punctuation, "
                    + "word order and common function words such as di, dan, yang, untuk aside) and a trigram similarity at "
                    + "or above the threshold. Over every tree a pair "
                    + "appears once, under the agency whose code sorts first; for one agency, every pair of its nodes appears "
                    + "under it. Paged in agency and position order; no total is counted (nationally the pairs can run to "
                    + "millions): the last page is the first one shorter than the page size.")
    @APIResponse(responseCode = "200", description = "Candidate pairs")
    public Report<DuplicationReport.Candidate> duplication(
            @BeanParam Period period,
            @BeanParam Agency agency,
            @BeanParam PagingParameters paging,
            @Parameter(description = "Statement similarity threshold, 0.1 to 1 (default 0.6)", schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("threshold") String threshold) {
        return duplication.report(ReportParameters.scope(period, agency), similarity(threshold), paging.request());
    }

    @GET
    @Path("/outcome-inputs")
    @Operation(operationId = "outcomeInputs", summary = "Outcome to input",
            description = "For every GOAL and TARGET: the budget (for the year, or the whole period without one) and staff of "
                    + "the activities below it, and what other agencies contribute through nodes that support a node under it "
                    + "or that an accepted link joins to one; with the ceilings and spending of the budget lines (Budgets) "
                    + "below it, own and contributed, and their absorption (serapan). Paged by outcome, in agency and "
                    + "position order.")
    @APIResponse(responseCode = "200", description = "Outcomes by agency and position")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<InputsReport.OutcomeInputs> outcomeInputs(
            @BeanParam Period period, @BeanParam OptionalYear year, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return inputs.report(ReportParameters.scope(period, year, agency), paging.request());
    }

    @GET
    @Path("/absorption")
    @Operation(operationId = "absorption", summary = "Absorption (serapan) per node",
            description = "For every node of the current trees: the ceilings in force and the spending, to the end of the "
                    + "month, of the budget lines (Budgets) in its subtree, and their absorption (spent / ceiling x 100, "
                    + "above 100 when overspent). Ordered by agency and position.")
    @APIResponse(responseCode = "200", description = "One page of nodes")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<BudgetReports.NodeAbsorption> absorption(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam OptionalMonth month,
            @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return budgets.absorption(ReportParameters.scope(period, year, agency), month.orYear(), paging.request());
    }

    @GET
    @Path("/efficiency/outcomes")
    @Operation(operationId = "outcomeEfficiency", summary = "Efficiency per outcome",
            description = "For every GOAL and TARGET: its rolled-up capaian for the year against the absorption of the "
                    + "budget that reaches it (its own subtree's, and what other agencies contribute through supports and "
                    + "accepted links, as in outcome-inputs). Efficiency = capaian / absorption, banded EFFICIENT (from "
                    + "EFFICIENT_FROM, default 1.1), WARNING (below EFFICIENCY_WARNING_BELOW, default 0.9) or ON_TRACK. "
                    + "Ordered by agency and position.")
    @APIResponse(responseCode = "200", description = "One page of outcomes")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<BudgetReports.OutcomeEfficiency> outcomeEfficiency(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam OptionalMonth month,
            @BeanParam FiguresParameter figures, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return budgets.outcomes(ReportParameters.scope(period, year, agency), month.orYear(), figures.verifiedOnly(),
                paging.request());
    }

    @GET
    @Path("/efficiency/agencies")
    @Operation(operationId = "agencyEfficiency", summary = "Efficiency per agency",
            description = "For every agency's tree: its capaian for the year against the absorption of its whole budget, "
                    + "with the efficiency and its band as for outcomes. Ordered by agency.")
    @APIResponse(responseCode = "200", description = "One page of agencies")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<BudgetReports.AgencyEfficiency> agencyEfficiency(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam OptionalMonth month,
            @BeanParam FiguresParameter figures, @BeanParam Agency agency, @BeanParam PagingParameters paging) {
        return budgets.agencies(ReportParameters.scope(period, year, agency), month.orYear(), figures.verifiedOnly(),
                paging.request());
    }

    @GET
    @Path("/lkjip")
    @Operation(operationId = "lkjipTables", summary = "Laporan Kinerja (LKjIP) tables of an agency",
            description = "Per sasaran indicator, in position order: the year's target, realisation and capaian, measured "
                    + "against the Perjanjian Kinerja in force (the agreement's sasaran indicators and targets; the tree's "
                    + "current version when none is signed); the same for each earlier year of the period (each against "
                    + "its own agreement in force, if any); the end-of-period target and the progress towards it (the "
                    + "year's realisation against it, uncapped); and the budget below the sasaran with its absorption. "
                    + "The agency is required.")
    @APIResponse(responseCode = "200", description = "One page of sasaran indicators")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Report<PerformanceReport.SasaranIndicator> lkjip(
            @BeanParam Period period, @BeanParam RequiredYear year, @BeanParam FiguresParameter figures,
            @BeanParam RequiredAgency agency, @BeanParam PagingParameters paging) {
        return performance.report(ReportParameters.agencyScope(period, year, agency), figures.verifiedOnly(), paging.request());
    }

    @GET
    @Path("/synergy")
    @Operation(operationId = "synergyRatios", summary = "Synergy ratio per agency",
            description = "Share of each agency's IKU that are cross-cutting: carrying a code another agency also carries, or "
                    + "on a node joined to another agency by an accepted link or by a supports reference (either way).")
    @APIResponse(responseCode = "200", description = "One row per agency with a tree in the period")
    public Report<SynergyReport.Synergy> synergy(@BeanParam Period period) {
        return synergy.report(ReportParameters.scope(period, null));
    }

    private static BigDecimal similarity(String threshold) {
        String text = QueryParams.text(threshold);
        if (text == null) {
            return DEFAULT_SIMILARITY;
        }
        BigDecimal value = text.matches("\\d+(\\.\\d+)?") ? new BigDecimal(text) : null;
        if (value == null || value.compareTo(new BigDecimal("0.1")) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw QueryParams.bad("threshold", "INVALID_VALUE", "query.threshold");
        }
        return value;
    }
}
