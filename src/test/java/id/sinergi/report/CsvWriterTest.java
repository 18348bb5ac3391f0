package id.sinergi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void userTextThatASpreadsheetWouldRunStaysText() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvWriter.cell("=HYPERLINK(\"http://x\")").replace("\"\"", "\"")
                .replaceAll("^\"|\"$", ""));
        assertEquals("'+62 811", CsvWriter.cell("+62 811"));
        assertEquals("'-persen", CsvWriter.cell("-persen"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.cell("\rx"));
        // numbers are numbers, a negative one too; text elsewhere untouched
        assertEquals("-12.50", CsvWriter.cell(new BigDecimal("-12.50")));
        assertEquals("-3", CsvWriter.cell(-3));
        assertEquals("a=b", CsvWriter.cell("a=b"));
        assertEquals("\"a, b\"", CsvWriter.cell("a, b"));
        assertEquals("", CsvWriter.cell(null));
    }
}
