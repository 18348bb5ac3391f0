package id.sinergi.common;

/** Small helpers for the hand-written SQL of stores and reports. */
public final class Sql {

    /**
     * The ESCAPE clause that goes with {@link #containing}. '!' rather than a backslash: the named-parameter
     * parser reads a backslash inside a quoted literal as escaping the quote.
     */
    public static final String ESCAPE = "escape '!'";

    private Sql() {
    }

    /**
     * A LIKE pattern matching values that contain the text as it is: its own % and _ match themselves,
     * not any text or any character. Use with {@code like ... } {@link #ESCAPE}.
     */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
