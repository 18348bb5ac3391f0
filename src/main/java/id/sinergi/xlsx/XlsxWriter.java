package id.sinergi.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes any {@link Spreadsheet} as an .xlsx workbook, streaming: rows beyond a small window go to a
 * compressed temporary file, and text is written inline (no shared-string table grows with the answer), so
 * memory stays flat however long the report. The header row is bold, frozen and filtered; text a spreadsheet
 * would take for a formula keeps its value and is marked as text (quotePrefix), so that it neither runs when
 * opened nor when the cell is edited, and reads back unchanged.
 */
@Provider
@Produces(Spreadsheet.MEDIA_TYPE)
public class XlsxWriter implements MessageBodyWriter<Spreadsheet> {

    /** Rows held in memory per sheet while writing; the rest is on disk. */
    private static final int ROWS_IN_MEMORY = 100;
    /** Rows under the header that offer a column's drop-down list, beyond those written. */
    private static final int ROWS_TO_FILL = 1000;
    /** Rows sampled to size the columns. */
    private static final int ROWS_MEASURED = 200;
    private static final int MAX_COLUMN_CHARACTERS = 60;
    private static final int MAX_CELL_CHARACTERS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Spreadsheet.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Spreadsheet spreadsheet, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
        try {
            Styles styles = new Styles(book);
            for (Spreadsheet.Sheet sheet : spreadsheet.sheets()) {
                write(book, sheet, styles);
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private record Styles(CellStyle header, CellStyle inertText) {
        Styles(SXSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle());
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            inertText.setQuotePrefixed(true);
        }
    }

    private static void write(SXSSFWorkbook book, Spreadsheet.Sheet sheet, Styles styles) {
        SXSSFSheet out = book.createSheet(WorkbookUtil.createSafeSheetName(sheet.name()));
        List<String> header = sheet.header();
        Row first = out.createRow(0);
        for (int column = 0; column < header.size(); column++) {
            Cell cell = first.createCell(column);
            cell.setCellValue(header.get(column));
            cell.setCellStyle(styles.header());
        }
        sizeColumns(out, sheet);
        int rowNumber = 1;
        for (List<Object> values : sheet.rows()) {
            Row row = out.createRow(rowNumber++);
            for (int column = 0; column < values.size(); column++) {
                put(row, column, values.get(column), styles);
            }
        }
        out.createFreezePane(0, 1);
        if (!header.isEmpty()) {
            out.setAutoFilter(new CellRangeAddress(0, Math.max(rowNumber - 1, 1), 0, header.size() - 1));
        }
        offerChoices(out, sheet.choices(), rowNumber + ROWS_TO_FILL);
    }

    private static void put(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else {
            String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
            cell.setCellValue(text.length() > MAX_CELL_CHARACTERS ? text.substring(0, MAX_CELL_CHARACTERS) : text);
            if (Spreadsheet.startsLikeAFormula(text)) {
                cell.setCellStyle(styles.inertText());
            }
        }
    }

    /** Widths from the header and the first rows, within bounds: readable without measuring every row. */
    private static void sizeColumns(SXSSFSheet out, Spreadsheet.Sheet sheet) {
        for (int column = 0; column < sheet.header().size(); column++) {
            int characters = sheet.header().get(column).length();
            for (List<Object> row : sheet.rows().subList(0, Math.min(ROWS_MEASURED, sheet.rows().size()))) {
                Object value = column < row.size() ? row.get(column) : null;
                characters = Math.max(characters, value == null ? 0 : value.toString().length());
            }
            out.setColumnWidth(column, (Math.min(characters, MAX_COLUMN_CHARACTERS) + 2) * 256);
        }
    }

    private static void offerChoices(SXSSFSheet out, Map<Integer, List<String>> choices, int lastRow) {
        DataValidationHelper helper = out.getDataValidationHelper();
        choices.forEach((column, values) -> {
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(values.toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow, column, column));
            validation.setShowErrorBox(true);
            out.addValidationData(validation);
        });
    }
}
