package id.sinergi.realisation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.sinergi.cascade.Reporting;

/**
 * A period of a year that a realisation covers: the year itself ({@code 2025}), a quarter ({@code 2025-Q2})
 * or a month ({@code 2025-M05}). {@link #code} is the part after the year (Y, Q1-Q4, M01-M12), as stored;
 * {@link #endMonth} orders periods and places a month in its quarter.
 */
public record ReportingPeriod(int year, String code, int endMonth) {

    /** The path form: the year, optionally followed by a quarter or a month. */
    public static final String PATTERN = "\\d{4}(-(Q[1-4]|M(0[1-9]|1[0-2])))?";
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(Q[1-4]|M(?:0[1-9]|1[0-2])))?");

    /** Parses the path form; null when it is not one. */
    public static ReportingPeriod parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        String code = matcher.group(2) == null ? "Y" : matcher.group(2);
        return new ReportingPeriod(year, code, endMonth(code));
    }

    /** The month (1-12) a period code ends in. */
    static int endMonth(String code) {
        return switch (code.charAt(0)) {
            case 'Y' -> 12;
            case 'Q' -> 3 * (code.charAt(1) - '0');
            default -> Integer.parseInt(code.substring(1));
        };
    }

    /** Whether an indicator reported at this frequency reports for this period. */
    public boolean belongsTo(Reporting reporting) {
        return switch (reporting) {
            case YEARLY -> code.equals("Y");
            case QUARTERLY -> code.startsWith("Q");
            case MONTHLY -> code.startsWith("M");
        };
    }

    /** The path form, as clients write it. */
    @Override
    public String toString() {
        return code.equals("Y") ? Integer.toString(year) : year + "-" + code;
    }

    /** The periods clients write for a frequency, for messages. */
    public static String formsOf(Reporting reporting, int year) {
        return switch (reporting) {
            case YEARLY -> Integer.toString(year);
            case QUARTERLY -> year + "-Q1 to " + year + "-Q4";
            case MONTHLY -> year + "-M01 to " + year + "-M12";
        };
    }
}
