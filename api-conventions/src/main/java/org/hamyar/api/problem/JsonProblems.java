package org.hamyar.api.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.hamyar.api.json.InvalidJsonValue;

/**
 * Turns Jackson's complaints about a request body into a 400 problem that names the field the
 * client got wrong ({@code parties[1].organizationId}) and says why, in the client's language.
 */
final class JsonProblems {

    static final String MALFORMED = "malformed-json";
    static final String INVALID_BODY = "invalid-body";
    /** The field name given when the whole body is wrong, such as an array where an object belongs. */
    static final String WHOLE_BODY = org.hamyar.api.validation.FieldPaths.WHOLE_BODY;

    private static final int MAX_ECHOED_MESSAGE = 200;

    private JsonProblems() {
    }

    static DomainProblem of(JacksonException e) {
        if (e instanceof JsonMappingException mapping) {
            return ofMapping(mapping);
        }
        if (e instanceof InputCoercionException coercion) {
            // A number too large for its Java type: the parser still points at the field.
            return invalidBody(streamPath(coercion.getProcessor()), "{json.number-out-of-range}");
        }
        return malformed(e);
    }

    private static DomainProblem ofMapping(JsonMappingException e) {
        if (e.getCause() instanceof DomainProblem problem) {
            // A record's constructor refused its values in the domain's own words.
            return problem;
        }
        String path = path(e);
        if (e instanceof InvalidJsonValue invalid) {
            return invalidBody(path, "{" + invalid.messageKey() + "}", invalid.arguments());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path.endsWith(unknown.getPropertyName()) ? path : join(path, unknown.getPropertyName());
            return invalidBody(field, "{json.unknown-property}", known(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return invalidBody(path, "{json.unknown-enum-value}", enumValues(format.getTargetType()));
        }
        if (e instanceof InvalidNullException) {
            return invalidBody(path, "{json.null}");
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return invalidBody(path.isEmpty() ? WHOLE_BODY : path, "{json.rejected}", reason(instantiation));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return ofMismatch(mismatch, path);
        }
        if (e.getCause() instanceof JacksonException cause && !(cause instanceof JsonMappingException)) {
            // A parser failure wrapped with the path of the field being read.
            return cause instanceof InputCoercionException
                    ? invalidBody(path, "{json.number-out-of-range}")
                    : malformed(cause);
        }
        return invalidBody(path.isEmpty() ? WHOLE_BODY : path, "{json.invalid}");
    }

    private static DomainProblem ofMismatch(MismatchedInputException e, String path) {
        String message = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        if (message.startsWith("Trailing token")) {
            return malformed(e);
        }
        if (message.startsWith("Missing required creator property")) {
            String property = quoted(message);
            return invalidBody(property == null || path.endsWith(property) ? path : join(path, property),
                    "{json.required}");
        }
        if (message.startsWith("Cannot map `null`") || message.contains("Null value for creator property")) {
            return invalidBody(path, "{json.null}");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == null) {
            return invalidBody(path, "{json.invalid}");
        }
        return invalidBody(path.isEmpty() ? WHOLE_BODY : path, "{json.expected." + kind(e.getTargetType()) + "}");
    }

    private static DomainProblem invalidBody(String field, String message, Object... arguments) {
        return new DomainProblem(400, INVALID_BODY, "Invalid request body",
                "A field of the request body has a value this endpoint cannot accept")
                .withField(field.isEmpty() ? WHOLE_BODY : field, message, arguments);
    }

    private static DomainProblem malformed(JacksonException e) {
        JsonLocation location = e.getLocation();
        String reason = Objects.requireNonNullElse(e.getOriginalMessage(), "unreadable input");
        if (reason.length() > MAX_ECHOED_MESSAGE) {
            reason = reason.substring(0, MAX_ECHOED_MESSAGE) + "…";
        }
        DomainProblem problem = new DomainProblem(400, MALFORMED, "Malformed JSON",
                "The request body is not valid JSON: {0}", reason);
        if (location != null && location.getLineNr() > 0) {
            problem.with("line", location.getLineNr()).with("column", location.getColumnNr());
        }
        return problem;
    }

    /** {@code parties[1].organizationId} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String streamPath(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return WHOLE_BODY;
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                path.insert(0, (path.isEmpty() || path.charAt(0) == '[' ? "" : ".")).insert(0, context.getCurrentName());
            } else if (context.inArray()) {
                path.insert(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }

    private static String quoted(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start ? message.substring(start + 1, end) : null;
    }

    private static String known(Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "-";
        }
        return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    /** The reason a record or constructor gave for refusing its arguments, when it gave one on purpose. */
    private static String reason(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        boolean deliberate = cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException;
        return deliberate && cause.getMessage() != null ? cause.getMessage() : "-";
    }

    /** The kind of value a Java type expects, as named in the bundle keys {@code json.expected.<kind>}. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "whole-number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "date-time";
        }
        if (type.isEnum()) {
            return "value";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "object";
        }
        return "value";
    }
}
