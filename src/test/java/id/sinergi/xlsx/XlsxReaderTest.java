package id.sinergi.xlsx;

import static id.sinergi.support.Workbooks.build;
import static id.sinergi.support.Workbooks.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook reader on its own: what cells read as, and each limit. */
class XlsxReaderTest {

    static final XlsxReader.Limits ROOMY = new XlsxReader.Limits(1 << 20, 16 << 20, 100, 1000);

    static List<XlsxReader.Sheet> read(byte[] workbook, XlsxReader.Limits limits) throws Exception {
        return XlsxReader.read(new ByteArrayInputStream(workbook), limits, name -> !name.equals("Skipped"));
    }

    @Test
    void cellsKeepWhatTheFileStoresAndBlankRowsAndUnwantedSheetsAreLeftOut() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Data");
            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue("teks");
            first.createCell(2).setCellValue(1650000000.5);
            first.createCell(27).setCellValue(true);
            Row formulas = sheet.createRow(3);
            Cell sum = formulas.createCell(0);
            sum.setCellFormula("20+25.5");
            formulas.createCell(1).setCellFormula("1/0");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.createSheet("Skipped").createRow(0).createCell(0).setCellValue("not read");
            book.write(out);
            workbook = out.toByteArray();
        }
        List<XlsxReader.Sheet> sheets = read(workbook, ROOMY);
        assertEquals(1, sheets.size());
        assertEquals("Data", sheets.get(0).name());
        List<XlsxReader.Row> rows = sheets.get(0).rows();
        assertEquals(List.of(1, 4), rows.stream().map(XlsxReader.Row::number).toList());
        assertEquals(List.of(new XlsxReader.Cell(0, XlsxReader.Kind.TEXT, "teks"),
                new XlsxReader.Cell(2, XlsxReader.Kind.NUMBER, "1.6500000005E9"),
                new XlsxReader.Cell(27, XlsxReader.Kind.BOOLEAN, "1")), rows.get(0).cells());
        assertEquals(List.of(new XlsxReader.Cell(0, XlsxReader.Kind.NUMBER, "45.5"),
                new XlsxReader.Cell(1, XlsxReader.Kind.ERROR, "#DIV/0!")), rows.get(1).cells());
    }

    @Test
    void columnLettersBothWays() {
        assertEquals("A", XlsxReader.letters(0));
        assertEquals("Z", XlsxReader.letters(25));
        assertEquals("AB", XlsxReader.letters(27));
        assertEquals("XFD", XlsxReader.letters(16383));
        assertEquals(27, XlsxReader.columnOf("AB3"));
        assertEquals(16383, XlsxReader.columnOf("XFD1"));
        assertThrows(IllegalArgumentException.class, () -> XlsxReader.columnOf("XFE1"));
    }

    @Test
    void eachLimitStopsTheReading() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row("baris " + i, i));
        }
        byte[] workbook = build(Map.entry("Data", rows));
        assertEquals(50, read(workbook, ROOMY).get(0).rows().size());
        assertEquals("rows", assertThrows(XlsxReader.TooLarge.class,
                () -> read(workbook, new XlsxReader.Limits(1 << 20, 16 << 20, 100, 49))).what());
        assertEquals("bytes", assertThrows(XlsxReader.TooLarge.class,
                () -> read(workbook, new XlsxReader.Limits(workbook.length - 1, 16 << 20, 100, 1000))).what());
        assertEquals("entries", assertThrows(XlsxReader.TooLarge.class,
                () -> read(workbook, new XlsxReader.Limits(1 << 20, 16 << 20, 5, 1000))).what());
        XlsxReader.TooLarge unpacked = assertThrows(XlsxReader.TooLarge.class,
                () -> read(workbook, new XlsxReader.Limits(1 << 20, 4096, 100, 1000)));
        assertEquals("unpacked-bytes", unpacked.what());
        assertEquals(4096, unpacked.limit());
    }

    @Test
    void whatIsNotAWorkbookIsUnreadable() throws IOException {
        assertThrows(XlsxReader.Unreadable.class, () -> read("a,b\n1,2\n".getBytes(), ROOMY));
        assertThrows(XlsxReader.Unreadable.class, () -> read(new byte[0], ROOMY));
        // a zip, but not a workbook
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }
        assertThrows(XlsxReader.Unreadable.class, () -> read(zip.toByteArray(), ROOMY));
    }
}
