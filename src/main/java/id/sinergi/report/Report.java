package id.sinergi.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.common.PageRequest;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report: its scope and its rows. As JSON the rows are objects; as CSV (Accept: text/csv) each row's
 * lines (one, or one per member for grouped rows), under the columns the row type names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report<T extends Report.Row>(
        @Schema(example = "2025-2029") String period,
        @Schema(description = "The year reported on, where the report is about one year", example = "2025") @MayBeAbsent Integer year,
        @Schema(description = "Capaian reports: the quarter whose figures to date are reported (4: the year)", example = "4")
        @MayBeAbsent Integer quarter,
        @Schema(description = "Capaian reports: which realisations count", enumeration = {"ALL", "VERIFIED"})
        @MayBeAbsent String figures,
        List<T> items,
        @Schema(description = "Rows over all pages, for paged reports") @MayBeAbsent Long total,
        @Schema(description = "Zero-based page, for paged reports") @MayBeAbsent Integer page,
        @Schema(description = "Page size, for paged reports") @MayBeAbsent Integer size,
        @JsonIgnore List<String> columns) implements CsvTable {

    /** One item of a report, as the CSV lines it stands for, each with its cells in the order of the report's columns. */
    public interface Row {
        List<List<Object>> lines();
    }

    /** An item that is one CSV line. */
    public interface Line extends Row {
        List<Object> cells();

        @Override
        default List<List<Object>> lines() {
            return List.of(cells());
        }
    }

    public static <T extends Row> Report<T> of(ReportScope scope, List<T> items, List<String> columns) {
        return new Report<>(scope.period(), scope.year(), null, null, items, null, null, null, columns);
    }

    /** A page of a paged report. */
    static <T extends Row> Report<T> of(ReportScope scope, Slice<T> page, PageRequest paging, List<String> columns) {
        return new Report<>(scope.period(), scope.year(), null, null, page.items(), page.total(), paging.page(), paging.size(), columns);
    }

    /** The same report, saying which quarter's figures to date it reports and which realisations it counts. */
    public Report<T> counting(int quarter, boolean verifiedOnly) {
        return new Report<>(period, year, quarter, verifiedOnly ? "VERIFIED" : "ALL", items, total, page, size, columns);
    }

    @Override
    public List<String> csvHeader() {
        return columns;
    }

    @Override
    public List<List<Object>> csvRows() {
        return items.stream().flatMap(item -> item.lines().stream()).toList();
    }
}
