package org.hamyar.api.json;

import java.io.IOException;
import java.math.BigInteger;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.hamyar.standards.Digits;

/**
 * Integers and longs from JSON numbers or from numeric strings in any digit script
 * ({@code "۹۰۰"}, {@code "٩٠٠"}, {@code "900"}). Unlike Jackson's own, it refuses a fraction
 * ({@code 1.9} is not silently {@code 1}) by saying only that a whole number is wanted, and names the
 * range only when an int overflows: the long range is no field's real limit (an amount in rials ends at
 * 10^15 by its Bean Validation), so a long that overflows is just out of range.
 */
final class WholeNumberDeserializer<T> extends StdScalarDeserializer<T> {

    private final long min;
    private final long max;
    private final LongFunction<T> box;
    private final boolean primitive;

    private WholeNumberDeserializer(Class<T> type, long min, long max, LongFunction<T> box, boolean primitive) {
        super(type);
        this.min = min;
        this.max = max;
        this.box = box;
        this.primitive = primitive;
    }

    static WholeNumberDeserializer<Integer> integers(boolean primitive) {
        @SuppressWarnings("unchecked")
        Class<Integer> type = primitive ? (Class<Integer>) (Class<?>) int.class : Integer.class;
        return new WholeNumberDeserializer<>(type, Integer.MIN_VALUE, Integer.MAX_VALUE, value -> (int) value, primitive);
    }

    static WholeNumberDeserializer<Long> longs(boolean primitive) {
        @SuppressWarnings("unchecked")
        Class<Long> type = primitive ? (Class<Long>) (Class<?>) long.class : Long.class;
        return new WholeNumberDeserializer<>(type, Long.MIN_VALUE, Long.MAX_VALUE, value -> value, primitive);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Integer;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw outOfRange(parser, parser.getText());
            }
            return checked(parser, parser.getLongValue(), parser.getText());
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            OptionalLong value = Digits.parseLong(text);
            if (value.isEmpty()) {
                throw notWhole(parser, text);
            }
            return checked(parser, value.getAsLong(), text);
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw notWhole(parser, parser.getText());
        }
        return wrongType(parser, context);
    }

    @SuppressWarnings("unchecked")
    private T wrongType(JsonParser parser, DeserializationContext context) throws IOException {
        return (T) context.handleUnexpectedToken(handledType(), parser);
    }

    private T checked(JsonParser parser, long value, String text) throws InvalidJsonValue {
        if (value < min || value > max) {
            throw outOfRange(parser, text);
        }
        return box.apply(value);
    }

    private InvalidJsonValue notWhole(JsonParser parser, String text) {
        return new InvalidJsonValue(parser, text, handledType(), "json.expected.whole-number", "must be a whole number");
    }

    private InvalidJsonValue outOfRange(JsonParser parser, String text) {
        if (max == Long.MAX_VALUE) {
            return new InvalidJsonValue(parser, text, handledType(), "json.number-out-of-range", "is a number out of range");
        }
        return new InvalidJsonValue(parser, text, handledType(), "json.whole-number",
                "must be a whole number between " + min + " and " + max, BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    @Override
    public T getNullValue(DeserializationContext context) throws InvalidJsonValue {
        if (primitive && context.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
            throw new InvalidJsonValue(context.getParser(), null, handledType(), "json.null", "must not be null");
        }
        return primitive ? box.apply(0) : null;
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) throws InvalidJsonValue {
        // A missing primitive would silently become 0: an amount nobody sent.
        if (primitive && context.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
            throw new InvalidJsonValue(context.getParser(), null, handledType(), "json.required", "is required");
        }
        return primitive ? box.apply(0) : null;
    }
}
