package id.sinergi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.common.PageRequest;
import id.sinergi.config.Bands;
import id.sinergi.config.SinergiConfig;
import id.sinergi.crosscut.Relationship;
import id.sinergi.svg.Picture;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The crosscutting matrix (docs/domain.md, "Crosscutting matrix"): the cross-cutting-outcomes and
 * shared-KPI-coverage reports laid out side by side, one row each, one column per agency involved.
 */
@ApplicationScoped
public class MatrixReport {

    static final List<String> COLUMNS = List.of("kind", "row", "label", "agency", "role", "nodes", "relationships",
            "ownAchievement", "rolledUpAchievement", "indicatorAchievement");

    /** Each capaian named for what it measures: an outcome's own IKU, a subtree's roll-up, a code's indicators. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MatrixCell")
    public record Cell(@Schema(enumeration = {"LEAD", "CONTRIBUTOR"}) String role, List<String> nodes,
                       @Schema(type = SchemaType.ARRAY, implementation = Relationship.class) List<String> relationships,
                       @Schema(description = "OUTCOME rows, the outcome's own cell: capaian of the outcome's own indicators (IKU)")
                       BigDecimal ownAchievement,
                       @Schema(description = "OUTCOME rows: the rolled-up capaian of the outcome (its own cell) or the mean "
                               + "rolled-up capaian of the agency's contributing nodes") BigDecimal rolledUpAchievement,
                       @Schema(description = "SHARED_CODE rows: capaian of the agency's indicators carrying the code")
                       BigDecimal indicatorAchievement) {
    }

    @Schema(name = "MatrixRow")
    public record Row(@Schema(enumeration = {"OUTCOME", "SHARED_CODE"}) String kind,
                      @Schema(description = "agency/node for an outcome, the code for a shared code", example = "KEMENPANRB/S1") String id,
                      @Schema(description = "The outcome's statement, or the code's unit and polarity") String label,
                      @Schema(description = "Cells by agency code; agencies not involved have none") Map<String, Cell> cells) {
    }

    /** CSV: one line per non-empty cell (long format, ready for a pivot table). */
    @Schema(name = "CrosscuttingMatrix")
    public record Matrix(String period, Integer year,
                         @Schema(description = "The columns: every agency with a cell on this page") List<String> agencies,
                         List<Row> rows, @Schema(description = "Rows over all pages") long total, int page, int size,
                         @JsonIgnore Bands bands)
            implements CsvTable, Picture {

        /** The page as a heatmap (Accept: image/svg+xml). */
        @Override
        public String svg() {
            return MatrixHeatmap.svg(this, bands);
        }

        @Override
        public List<String> csvHeader() {
            return COLUMNS;
        }

        @Override
        public List<List<Object>> csvRows() {
            List<List<Object>> lines = new ArrayList<>();
            for (Row row : rows) {
                row.cells().forEach((agency, cell) -> lines.add(Arrays.asList(row.kind(), row.id(), row.label(), agency,
                        cell.role(), String.join(" ", cell.nodes()), String.join(" ", cell.relationships()),
                        cell.ownAchievement(), cell.rolledUpAchievement(), cell.indicatorAchievement())));
            }
            return lines;
        }
    }

    @Inject
    CrossCuttingReport outcomes;

    @Inject
    SinergiConfig config;

    @Inject
    CoverageReport coverage;

    /** A page of rows: the outcomes first, then the shared codes, as if one list. */
    @Transactional
    public Matrix report(ReportScope scope, PageRequest paging) {
        List<Row> rows = new ArrayList<>();
        Slice<CrossCuttingReport.Outcome> outcomeRows = outcomes.slice(scope, paging.offset(), paging.size());
        for (CrossCuttingReport.Outcome outcome : outcomeRows.items()) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            TreeSet<String> relationships = new TreeSet<>();
            outcome.contributors().forEach(c -> relationships.addAll(c.relationships()));
            cells.put(outcome.agency(), new Cell(role(outcome.lead(), outcome.agency()), List.of(outcome.node()),
                    List.copyOf(relationships), outcome.ownAchievement(), outcome.rolledUpAchievement(), null));
            for (CrossCuttingReport.Contributor c : outcome.contributors()) {
                cells.put(c.agency(), new Cell(role(outcome.lead(), c.agency()), c.nodes(), c.relationships(), null,
                        c.rolledUpAchievement(), null));
            }
            rows.add(new Row("OUTCOME", outcome.agency() + "/" + outcome.node(), outcome.statement(), cells));
        }
        long codeOffset = Math.max(0, paging.offset() - outcomeRows.total());
        Slice<CoverageReport.Coverage> codeRows = coverage.slice(scope, codeOffset, paging.size() - rows.size());
        for (CoverageReport.Coverage code : codeRows.items()) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            code.carriers().forEach(c -> cells.put(c.agency(), new Cell(c.role(), c.nodes(), c.relationships(), null, null,
                    c.achievement())));
            rows.add(new Row("SHARED_CODE", code.code(), code.unit() + ", " + code.polarity(), cells));
        }
        TreeSet<String> agencies = new TreeSet<>();
        rows.forEach(r -> agencies.addAll(r.cells().keySet()));
        return new Matrix(scope.period(), scope.year(), List.copyOf(agencies), rows,
                outcomeRows.total() + codeRows.total(), paging.page(), paging.size(), config.achievement().bands());
    }

    private static String role(String lead, String agency) {
        return lead.equals(agency) ? "LEAD" : "CONTRIBUTOR";
    }
}
