package id.sinergi.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for tests: read an .xlsx answer as text cells, and build one to send. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet by name, its rows as text (numbers in plain digits, an empty cell as null). */
    public static Map<String, List<List<String>>> sheets(byte[] xlsx) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook book = open(xlsx)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int column = 0; column < row.getLastCellNum(); column++) {
                        cells.add(text(row.getCell(column)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase();
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }

    /** A workbook of the given sheets, each a list of rows (the first the header); numbers stay numbers. */
    @SafeVarargs
    public static byte[] build(Map.Entry<String, List<List<Object>>>... sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<List<Object>>> sheet : sheets) {
                Sheet written = book.createSheet(sheet.getKey());
                int r = 0;
                for (List<Object> values : sheet.getValue()) {
                    Row row = written.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c, CellType.NUMERIC).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c, CellType.STRING).setCellValue(value.toString());
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of cells, nulls allowed. */
    public static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
