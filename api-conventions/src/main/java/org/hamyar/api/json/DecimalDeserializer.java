package org.hamyar.api.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.hamyar.standards.Digits;

/**
 * Decimal amounts from JSON numbers or from strings in any digit script ({@code "۱۲۵۰٫۵"}), with the
 * Arabic decimal separator {@code ٫} or {@code .}. A value with more than {@value #MAX_DIGITS}
 * digits on either side of the point is refused: {@code 1e999999999} parses to a tiny object that
 * explodes when printed or stored.
 */
public final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    public static final int MAX_DIGITS = 40;

    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    DecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Float;
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return checked(parser, parser.getDecimalValue(), parser.getText());
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            String ascii = Digits.toAscii(text.strip()).replace(ARABIC_DECIMAL_SEPARATOR, '.');
            if (!PLAIN_DECIMAL.matcher(ascii).matches()) {
                throw invalid(parser, text);
            }
            return checked(parser, new BigDecimal(ascii), text);
        }
        return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
    }

    private BigDecimal checked(JsonParser parser, BigDecimal value, String text) throws InvalidJsonValue {
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS) {
            throw invalid(parser, text);
        }
        return value;
    }

    private InvalidJsonValue invalid(JsonParser parser, String text) {
        return new InvalidJsonValue(parser, text, BigDecimal.class, "json.decimal",
                "must be a decimal number such as 1250.50 with at most " + MAX_DIGITS + " digits", MAX_DIGITS);
    }
}
