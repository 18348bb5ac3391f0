package id.sinergi.common;

import java.util.regex.Pattern;

/** The shape of client-chosen identifiers (agency and period codes, node and indicator keys): they travel in URLs. */
public final class Codes {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final int MAX_KEY_LENGTH = 100;
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Codes() {
    }

    public static boolean isValid(String code, int maxLength) {
        return code != null && code.length() <= maxLength && COMPILED.matcher(code).matches();
    }
}
