package id.sinergi.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One broken rule in a request: located by a JSON pointer (RFC 6901) into the request body, by the
 * name of the query parameter that carries it, or, for a workbook, by its sheet, row and column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One violated rule, located in the request body (pointer), in a query parameter (parameter) or, "
        + "for a workbook (.xlsx), in a cell (sheet, row, column)")
public record Violation(
        @Schema(description = "JSON pointer (RFC 6901) to the offending value in the request body; \"\" is the whole body",
                example = "/nodes/3/parent")
        @MayBeAbsent String pointer,
        @Schema(description = "Name of the offending query or path parameter", example = "year")
        @MayBeAbsent String parameter,
        @Schema(description = "Stable rule code, safe to match on in clients", implementation = ViolationRule.class)
        String rule,
        @Schema(description = "Human explanation, in the language Accept-Language asks for (Bahasa Indonesia with id, "
                + "else English)", example = "parent 'S9' is not a node of this tree")
        String message,
        @Schema(description = "Workbook only: the sheet, as named in the workbook", example = "Indicators")
        @MayBeAbsent String sheet,
        @Schema(description = "Workbook only: the row number as the spreadsheet shows it (the header is row 1)", example = "12")
        @MayBeAbsent Integer row,
        @Schema(description = "Workbook only: the column letter as the spreadsheet shows it", example = "F")
        @MayBeAbsent String column,
        @JsonIgnore Text text) {

    private Violation(String pointer, String parameter, String rule, String message, Text text) {
        this(pointer, parameter, rule, message, null, null, null, text);
    }

    public static Violation at(String pointer, String rule, String message) {
        return new Violation(pointer, null, rule, message, null);
    }

    /** A violation in a cell of a workbook (row and column may be null: a whole sheet, or a whole row). */
    public static Violation inCell(String sheet, Integer row, String column, String rule, Text text) {
        return new Violation(null, null, rule, text.english(), sheet, row, column, text);
    }

    /** The same violation placed in a workbook cell instead of at a pointer. */
    public Violation inCell(String sheet, Integer row, String column) {
        return new Violation(null, parameter, rule, message, sheet, row, column, text);
    }

    /** The same violation with its message told in another language. */
    public Violation told(String told) {
        return new Violation(pointer, parameter, rule, told, sheet, row, column, text);
    }

    /** A violation whose message is told in the client's language. */
    public static Violation at(String pointer, String rule, Text text) {
        return new Violation(pointer, null, rule, text.english(), text);
    }

    public static Violation parameter(String name, String rule, String message) {
        return new Violation(null, name, rule, message, null);
    }

    /** A violation of a query or path parameter whose message is told in the client's language. */
    public static Violation parameter(String name, String rule, Text text) {
        return new Violation(null, name, rule, text.english(), text);
    }

    /** Longest part of a sent value that a message repeats. */
    static final int QUOTED_LENGTH = 64;

    /**
     * A value from the request as a message repeats it: in single quotes, and cut short, so that a message
     * stays small whatever was sent (a repeated long value would make the answer grow faster than the request).
     */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        int end = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
        return "'" + text.substring(0, end) + "...'";
    }
}
