package org.hamyar.api.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.hamyar.standards.Dates;

/** A date given as ISO ({@code 2024-03-20}) or Jalali ({@code 1403-01-01}, {@code ۱۴۰۳/۱/۱}). */
final class IsoOrJalaliDateDeserializer extends StdScalarDeserializer<LocalDate> {

    IsoOrJalaliDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.DateTime;
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        try {
            return Dates.parseIsoOrJalali(text);
        } catch (DateTimeException e) {
            throw new InvalidJsonValue(parser, text, LocalDate.class, "json.date",
                    "is not a valid date: " + e.getMessage(), e.getMessage());
        }
    }
}
