package id.sinergi.report;

import java.util.List;

/** A report that can also be written as CSV, one row per line, for analysts' spreadsheets. */
public interface CsvTable {

    List<String> csvHeader();

    List<List<Object>> csvRows();
}
