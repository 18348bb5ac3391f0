package id.sinergi.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.budget.BudgetRequest.MonthSpending;
import id.sinergi.cascade.Level;
import id.sinergi.json.MayBeAbsent;
import id.sinergi.report.CsvTable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tree's budget for a year as a document: every line with its ceiling in force, spending and absorption. */
@Schema(name = "Budget", description = "The year's budget (DPA) of a tree: ceilings, monthly spending and serapan")
public record BudgetView(
        @Schema(example = "KEMENPANRB") String agency,
        @Schema(example = "2025-2029") String period,
        @Schema(example = "2026") int year,
        @Schema(description = "The lines added up") Figures total,
        List<Line> lines) implements CsvTable {

    /** Ceilings, what was spent and the absorption of a line or of a sum of lines. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BudgetFigures")
    public record Figures(
            @Schema(description = "Pagu murni (IDR)") BigDecimal originalCeiling,
            @Schema(description = "Pagu perubahan (IDR), when revised") @MayBeAbsent BigDecimal revisedCeiling,
            @Schema(description = "The ceiling in force: the revised one once given, else the original") BigDecimal ceiling,
            @Schema(description = "Spent in the months reported (IDR)") BigDecimal spent,
            @Schema(description = "Serapan: spent / ceiling in force x 100, two decimals; above 100 when overspent; "
                    + "absent without a positive ceiling") @MayBeAbsent BigDecimal absorption) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BudgetLineView")
    public record Line(
            @Schema(example = "K1-1") String node,
            @Schema(description = "Kode nomenklatur of the node", example = "1.02.02.2.01.0001") String code,
            @Schema(description = "Absent when the current version no longer has the node") Level level,
            String statement,
            Figures figures,
            @Schema(description = "The months reported, in order") List<MonthSpending> spending,
            String updatedBy,
            Instant updatedAt) {
    }

    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("node", "code", "level", "statement", "originalCeiling",
                "revisedCeiling", "ceiling", "spent", "absorption"));
        IntStream.rangeClosed(1, 12).forEach(month -> columns.add(String.format("M%02d", month)));
        COLUMNS = List.copyOf(columns);
    }

    @Override
    public List<String> csvHeader() {
        return COLUMNS;
    }

    @Override
    public List<List<Object>> csvRows() {
        return lines.stream().map(line -> {
            Figures f = line.figures();
            List<Object> cells = new ArrayList<>(Arrays.asList(line.node(), line.code(), line.level(), line.statement(),
                    f.originalCeiling(), f.revisedCeiling(), f.ceiling(), f.spent(), f.absorption()));
            Object[] months = new Object[12];
            line.spending().forEach(s -> months[s.month() - 1] = s.amount());
            cells.addAll(Arrays.asList(months));
            return cells;
        }).toList();
    }
}
