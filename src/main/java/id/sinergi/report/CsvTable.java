package id.sinergi.report;

import java.util.List;

import id.sinergi.xlsx.Spreadsheet;

/**
 * A report that can also be written as CSV, one row per line, or as a workbook of one sheet with the same
 * columns, for analysts' spreadsheets.
 */
public interface CsvTable extends Spreadsheet {

    List<String> csvHeader();

    List<List<Object>> csvRows();

    @Override
    default List<Sheet> sheets() {
        return List.of(new Sheet("Report", csvHeader(), csvRows()));
    }
}
