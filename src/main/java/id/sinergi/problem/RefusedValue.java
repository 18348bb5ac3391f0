package id.sinergi.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A request-body value of the right JSON type that is refused all the same; its message tells the client why. */
public final class RefusedValue extends InvalidFormatException {

    public RefusedValue(JsonParser parser, String reason, Object value, Class<?> type) {
        super(parser, reason, value, type);
    }
}
