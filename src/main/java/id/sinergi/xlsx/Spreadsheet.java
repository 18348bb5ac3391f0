package id.sinergi.xlsx;

import java.util.List;
import java.util.Map;

/**
 * An answer that can be written as an Excel workbook (.xlsx) when the client asks for it: named sheets, each
 * a header row over rows of cells. Names and headers are the API's own words (sheet keys, JSON property
 * names); the answer tells them in the client's language ({@link SpreadsheetLanguage}).
 */
public interface Spreadsheet {

    String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    List<Sheet> sheets();

    /**
     * A sheet: its name, its column headers and its rows (numbers and booleans stay numbers and booleans,
     * anything else is text); {@code choices} offers a drop-down list of allowed values for some columns, by
     * column index.
     */
    record Sheet(String name, List<String> header, List<List<Object>> rows, Map<Integer, List<String>> choices) {

        public Sheet(String name, List<String> header, List<List<Object>> rows) {
            this(name, header, rows, Map.of());
        }
    }

    /**
     * Whether a spreadsheet would take the text for a formula: it starts with =, +, -, @, a tab or a carriage
     * return. Exports must keep such text inert (formula injection).
     */
    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
