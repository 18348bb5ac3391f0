package id.sinergi.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (quoted fields with doubled quotes, CRLF or LF line ends) into records, each with the
 * line it starts on. Plain Java; the caller bounds the text (the request body limit).
 */
public final class CsvReader {

    /** A record of the file and the line (from 1) it starts on. */
    public record Record(int line, List<String> fields) {
    }

    /** Thrown for text that is not CSV, naming the line. */
    public static final class MalformedCsv extends RuntimeException {
        private final int line;

        MalformedCsv(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private CsvReader() {
    }

    /** The records of the text; blank lines are skipped; a leading byte order mark is ignored. */
    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new MalformedCsv(line, "a quote inside an unquoted field: quote the whole field and double its quotes");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (fields.size() > 1 || !fields.get(0).isEmpty() || wasQuoted) {
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                if (wasQuoted) {
                    throw new MalformedCsv(line, "text after a closing quote: a quoted field ends at a comma or the line's end");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsv(recordLine, "a quoted field is never closed");
        }
        fields.add(field.toString());
        if (fields.size() > 1 || !fields.get(0).isEmpty() || wasQuoted) {
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
