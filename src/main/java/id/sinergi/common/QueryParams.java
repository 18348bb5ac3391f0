package id.sinergi.common;

import java.util.Arrays;
import java.util.List;

import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;

/**
 * Parses query parameters by hand so that a bad value is a 400 naming the parameter; JAX-RS would turn
 * a failed conversion into a bare 404.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw bad(parameter, "INVALID_VALUE", "query.not-one-of", Violation.quote(value), allowed);
        }
    }

    public static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw bad(parameter, "INVALID_VALUE", "query.not-whole-number", Violation.quote(value), Integer.MIN_VALUE,
                    Integer.MAX_VALUE);
        }
    }

    /** A free-text parameter, stripped; null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A 400 naming the parameter, its message {@code key} of messages/problems*.properties told in the client's language. */
    public static ProblemException bad(String parameter, String rule, String key, Object... args) {
        Text message = Text.of(key, args);
        return new ProblemException(ProblemType.MALFORMED_REQUEST,
                Text.of("query.invalid-parameter", parameter, message),
                List.of(Violation.parameter(parameter, rule, message)));
    }
}
