package id.sinergi.problem;

import java.util.Arrays;
import java.util.List;

/**
 * A text for people, told in the client's language when the answer is written: the key of its message in
 * messages/problems*.properties and the values it names. A value is shown as given (numbers are not
 * regrouped), or, when it is a Text itself, told in the same language.
 */
public record Text(String key, List<Object> args) {

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.stream(args).map(arg -> arg instanceof Text ? arg : String.valueOf(arg)).toList());
    }

    /** In English, as logs and the default answer have it. */
    public String english() {
        return Messages.text(this, Messages.ENGLISH);
    }
}
