package id.sinergi.common;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import id.sinergi.problem.RefusedValue;
import id.sinergi.problem.Text;
import id.sinergi.problem.Texts;
import io.quarkus.jackson.ObjectMapperCustomizer;

/** Request-body rules that hold for every endpoint. */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("sinergi-strict-values");
        module.addDeserializer(String.class, new StorableStrings());
        module.addDeserializer(BigDecimal.class, new BoundedDecimals());
        mapper.registerModule(module);
        // Strict means nothing sent is silently dropped or changed: a repeated property is not "the last
        // one wins", a second document after the first is not ignored, and 2031.5 is not the year 2031.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A wrong JSON type is a client error, not something to guess at: 5 is not a statement,
        // "80" is not a number, and 1 is not a level.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    /**
     * Text PostgreSQL can store as it was sent: no U+0000, and no half of a surrogate pair (JSON's
     * "\\ud800" escape names no character; the database would store it as '?'). Refused while reading, where
     * the error still has its JSON location.
     */
    static final class StorableStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            Text problem = value == null ? null : Texts.unstorable(value);
            if (problem != null) {
                throw new RefusedValue(parser, problem, value, String.class);
            }
            return value;
        }
    }

    /** Most digits a number may have on either side of its decimal point. */
    static final int MAX_DIGITS = 30;

    /**
     * Numbers of a size a plan can mean: 1e999999999 is 12 bytes to send, but a billion digits to print in a
     * message and more than a PostgreSQL numeric holds.
     */
    static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS)) {
                throw new RefusedValue(parser, Text.of("json.too-many-digits", MAX_DIGITS), value, BigDecimal.class);
            }
            return value;
        }
    }
}
