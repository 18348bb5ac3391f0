package id.sinergi.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx workbook as rows of raw cell values, streaming each sheet (SAX), within
 * limits that keep a workbook from costing the server more than it cost the sender: the upload's size, the
 * archive's unpacked size and entry count (checked on the archive's own directory before anything is parsed,
 * so a zip bomb is refused after counting, never unpacked into memory), and the rows read. Cells keep what the
 * file stores: a number's digits as written, text as text, a formula's last computed value.
 */
public final class XlsxReader {

    /** How much a workbook may be: sent bytes, unpacked bytes, archive entries, rows over all sheets read. */
    public record Limits(long maxBytes, long maxUnpackedBytes, int maxEntries, int maxRows) {
    }

    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /** A cell: its column (0 for A) and value; a boolean is "1" or "0"; an error cell carries Excel's code (#N/A). */
    public record Cell(int column, Kind kind, String value) {
    }

    /** A row: its number as a spreadsheet shows it (from 1) and its cells that hold something. */
    public record Row(int number, List<Cell> cells) {
    }

    /** A sheet as named in the workbook, and its rows that hold something. */
    public record Sheet(String name, List<Row> rows) {
    }

    /** The body is not an .xlsx workbook; the message says why, for the log. */
    public static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The workbook passes a limit; what passed it and the limit are kept for the answer. */
    public static final class TooLarge extends Exception {
        private final String what;
        private final long limit;

        TooLarge(String what, long limit) {
            super(what + " over " + limit);
            this.what = what;
            this.limit = limit;
        }

        /** bytes, unpacked-bytes, entries or rows. */
        public String what() {
            return what;
        }

        public long limit() {
            return limit;
        }
    }

    private XlsxReader() {
    }

    /** The sheets {@code wanted} names, in workbook order. */
    public static List<Sheet> read(InputStream body, Limits limits, Predicate<String> wanted)
            throws Unreadable, TooLarge, IOException {
        Path file = Files.createTempFile("sinergi-upload-", ".xlsx");
        try {
            copy(body, file, limits.maxBytes());
            checkArchive(file, limits);
            return sheets(file, limits, wanted);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void copy(InputStream body, Path file, long maxBytes) throws IOException, TooLarge {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                written += read;
                if (written > maxBytes) {
                    throw new TooLarge("bytes", maxBytes);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    /** Unpacks every entry the archive's directory lists, counting, and stops at the first limit passed. */
    private static void checkArchive(Path file, Limits limits) throws Unreadable, TooLarge {
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw new TooLarge("entries", limits.maxEntries());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        unpacked += read;
                        if (unpacked > limits.maxUnpackedBytes()) {
                            throw new TooLarge("unpacked-bytes", limits.maxUnpackedBytes());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not a zip archive: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new Unreadable("an empty archive", null);
        }
    }

    private static List<Sheet> sheets(Path file, Limits limits, Predicate<String> wanted)
            throws Unreadable, TooLarge {
        List<Sheet> sheets = new ArrayList<>();
        int[] rowsLeft = {limits.maxRows()};
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator all = reader.getSheetIterator();
            while (all.hasNext()) {
                try (InputStream in = all.next()) {
                    String name = all.getSheetName();
                    if (wanted.test(name)) {
                        sheets.add(new Sheet(name, rows(in, strings, rowsLeft)));
                    }
                }
            }
        } catch (RowsPassed e) {
            throw new TooLarge("rows", limits.maxRows());
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            // the file was written and checked whole: what fails now is its content (POI's own zip-bomb ratio too)
            throw new Unreadable("not an xlsx workbook: " + e.getMessage(), e);
        }
        return sheets;
    }

    private static List<Row> rows(InputStream in, ReadOnlySharedStringsTable strings, int[] rowsLeft)
            throws IOException, SAXException {
        SheetHandler handler = new SheetHandler(strings, rowsLeft);
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
        return handler.rows;
    }

    /** Thrown from inside the parser when the rows pass the limit: nothing more is read. */
    private static final class RowsPassed extends SAXException {
    }

    /** The cells of a worksheet part (ECMA-376 sheetData: row, c with r and t, v, is/t). */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final int[] rowsLeft;
        final List<Row> rows = new ArrayList<>();
        private List<Cell> cells;
        private int rowNumber;
        private int column;
        private int nextColumn;
        private String type;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, int[] rowsLeft) {
            this.strings = strings;
            this.rowsLeft = rowsLeft;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : columnOf(r);
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    Cell cell = cell();
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (--rowsLeft[0] < 0) {
                            throw new RowsPassed();
                        }
                        rows.add(new Row(rowNumber, List.copyOf(cells)));
                    }
                }
                default -> {
                }
            }
        }

        private Cell cell() {
            String raw = value.toString();
            if (type == null || "n".equals(type)) {
                return raw.isBlank() ? null : new Cell(column, Kind.NUMBER, raw.strip());
            }
            return switch (type) {
                case "s" -> {
                    String text = strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                    yield text == null || text.isEmpty() ? null : new Cell(column, Kind.TEXT, text);
                }
                case "b" -> new Cell(column, Kind.BOOLEAN, raw.strip());
                case "e" -> new Cell(column, Kind.ERROR, raw.strip());
                default -> raw.isEmpty() ? null : new Cell(column, Kind.TEXT, raw);
            };
        }
    }

    /** The column of a cell reference: 0 for A1, 27 for AB3. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > 16384) {
                throw new IllegalArgumentException("no such column: " + reference);
            }
        }
        return column - 1;
    }

    /** The letters a spreadsheet shows for a column: A for 0, AB for 27. */
    public static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
