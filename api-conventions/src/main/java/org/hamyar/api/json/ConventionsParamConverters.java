package org.hamyar.api.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.function.Function;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.standards.Dates;
import org.hamyar.standards.Digits;

/**
 * Query, path and header parameters follow the same conventions as JSON bodies: dates in either
 * calendar, numbers in any digit script. A value that cannot be read is a 400 problem
 * {@code invalid-parameter} naming the parameter; JAX-RS alone would answer 404 for a bad query
 * parameter.
 */
@Provider
public class ConventionsParamConverters implements ParamConverterProvider {

    static final String INVALID_PARAMETER = "invalid-parameter";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, text -> wholeNumber(name, text, Integer.MIN_VALUE,
                    Integer.MAX_VALUE).intValue());
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, text -> wholeNumber(name, text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(name, text -> decimal(name, text));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, text -> date(name, text));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? null : parse.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Long wholeNumber(String name, String text, long min, long max) {
        OptionalLong value = Digits.parseLong(text);
        if (value.isEmpty() || value.getAsLong() < min || value.getAsLong() > max) {
            throw invalid(name, "{json.whole-number}", min, max);
        }
        return value.getAsLong();
    }

    private static BigDecimal decimal(String name, String text) {
        String ascii = Digits.toAscii(text.strip()).replace('\u066B', '.');
        if (!ascii.matches("[+-]?\\d{1," + DecimalDeserializer.MAX_DIGITS + "}(\\.\\d{1," + DecimalDeserializer.MAX_DIGITS
                + "})?")) {
            throw invalid(name, "{json.decimal}", DecimalDeserializer.MAX_DIGITS);
        }
        return new BigDecimal(ascii);
    }

    private static LocalDate date(String name, String text) {
        try {
            return Dates.parseIsoOrJalali(text);
        } catch (DateTimeException e) {
            throw invalid(name, "{json.date}", e.getMessage());
        }
    }

    static DomainProblem invalid(String name, String message, Object... arguments) {
        return new DomainProblem(400, INVALID_PARAMETER, "Invalid parameter",
                "A parameter of the request has a value this endpoint cannot accept")
                .withField(name, message, arguments);
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                String name = switch (annotation) {
                    case QueryParam query -> query.value();
                    case PathParam path -> path.value();
                    case HeaderParam header -> header.value();
                    case FormParam form -> form.value();
                    case CookieParam cookie -> cookie.value();
                    case MatrixParam matrix -> matrix.value();
                    default -> restParameterName(annotation);
                };
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        }
        return "parameter";
    }

    /** Quarkus REST's {@code @RestQuery} and friends name the parameter in {@code value()} when given. */
    private static String restParameterName(Annotation annotation) {
        if (!annotation.annotationType().getPackageName().equals("org.jboss.resteasy.reactive")) {
            return null;
        }
        try {
            Object value = annotation.annotationType().getMethod("value").invoke(annotation);
            return value instanceof String s ? s : null;
        } catch (ReflectiveOperationException noValue) {
            return null;
        }
    }
}
