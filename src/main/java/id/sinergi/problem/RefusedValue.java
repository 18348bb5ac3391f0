package id.sinergi.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A request-body value of the right JSON type that is refused all the same; its message tells the client why. */
public final class RefusedValue extends InvalidFormatException {

    private final transient Text reason;

    public RefusedValue(JsonParser parser, Text reason, Object value, Class<?> type) {
        super(parser, reason.english(), value, type);
        this.reason = reason;
    }

    /** Why the value was refused, to be told in the client's language. */
    public Text text() {
        return reason;
    }
}
