package id.sinergi.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The languages problems are told in: English, and Bahasa Indonesia for a client whose Accept-Language asks
 * for it. The texts live in message bundles (messages/problems*.properties), never in code.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<Locale> SPOKEN = List.of(ENGLISH, INDONESIAN);
    /** Longest Accept-Language header read; a longer one is answered in English. */
    static final int MAX_HEADER_LENGTH = 512;

    private Messages() {
    }

    /** The language an Accept-Language header prefers among those spoken here; English when none or unreadable. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    /** The title of a problem type in a language. */
    public static String title(ProblemType type, Locale locale) {
        return bundle(locale).getString("title." + type.slug());
    }

    /** A text in a language. */
    public static String text(Text text, Locale locale) {
        Object[] args = text.args().stream().map(arg -> arg instanceof Text nested ? text(nested, locale) : arg).toArray();
        return new MessageFormat(bundle(locale).getString(text.key()), locale).format(args);
    }

    /** The same problem told in another language: its title, and its detail and violations where they are texts. */
    public static Problem in(Problem problem, Locale locale) {
        ProblemType type = ProblemType.ofUri(problem.type());
        if (type == null) {
            return problem;
        }
        List<Violation> violations = problem.violations() == null ? null : problem.violations().stream()
                .map(v -> v.text() == null ? v : v.told(text(v.text(), locale)))
                .toList();
        String detail = problem.detailText() == null ? problem.detail() : text(problem.detailText(), locale);
        return new Problem(problem.type(), title(type, locale), problem.status(), detail, problem.instance(), violations,
                problem.omittedViolations(), problem.detailText());
    }

    /** A CSV column header in a language: the property name in English, a word of Bahasa Indonesia otherwise. */
    public static String column(String name, Locale locale) {
        ResourceBundle columns = ResourceBundle.getBundle("messages.columns", spoken(locale));
        return columns.containsKey(name) ? columns.getString(name) : name;
    }

    /** A text of another bundle (messages/{bundle}*.properties) in a language; plain text, no arguments. */
    public static String text(String bundle, String key, Locale locale) {
        return ResourceBundle.getBundle("messages." + bundle, spoken(locale)).getString(key);
    }

    private static Locale spoken(Locale locale) {
        return INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages.problems", spoken(locale));
    }
}
