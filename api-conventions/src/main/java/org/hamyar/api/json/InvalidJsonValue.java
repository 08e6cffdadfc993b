package org.hamyar.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value this library's deserializers refuse, with the reason as a bundle key
 * ({@code messages/conventions}) so that the problem response can say it in the client's language.
 * Jackson adds the field path as the exception travels up through the enclosing objects.
 */
public final class InvalidJsonValue extends InvalidFormatException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidJsonValue(JsonParser parser, Object value, Class<?> targetType, String messageKey,
                            String englishMessage, Object... arguments) {
        super(parser, englishMessage, value, targetType);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The key of the field message in {@code messages/conventions}, such as {@code json.whole-number}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
