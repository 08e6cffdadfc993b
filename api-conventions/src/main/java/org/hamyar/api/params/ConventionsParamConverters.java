package org.hamyar.api.params;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.hamyar.api.json.DecimalDeserializer;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.standards.Dates;
import org.hamyar.standards.Digits;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;

/**
 * Typed query, path and header parameters, read by the same conventions as JSON bodies: UUIDs,
 * enum constants (any letter case), provinces (two-digit code or {@code IR-nn}), dates in either
 * calendar, numbers in any digit script. A resource declares the type it wants
 * ({@code @QueryParam("status") AgreementStatus status}) and never parses text itself.
 *
 * <p>A value that cannot be read is a 400 problem {@code invalid-parameter} that names every bad
 * parameter of the request, not only the first one JAX-RS happened to convert (JAX-RS alone would
 * answer 404 for a bad query parameter, which tells the client nothing).
 */
@Provider
public class ConventionsParamConverters implements ParamConverterProvider {

    public static final String INVALID_PARAMETER = "invalid-parameter";

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        Function<String, ?> parse = parser(name, rawType);
        return parse == null ? null : (ParamConverter<T>) new Converter(name, parse, isPath(annotations), this);
    }

    private static boolean isPath(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam || annotation.annotationType().getSimpleName().equals("RestPath")) {
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, ?> parser(String name, Class<?> rawType) {
        if (rawType == Integer.class || rawType == int.class) {
            return text -> wholeNumber(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (rawType == Long.class || rawType == long.class) {
            return text -> wholeNumber(name, text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (rawType == BigDecimal.class) {
            return text -> decimal(name, text);
        }
        if (rawType == LocalDate.class) {
            return text -> date(name, text);
        }
        if (rawType == UUID.class) {
            return text -> uuid(name, text);
        }
        if (rawType == Province.class) {
            return text -> Provinces.byCode(text).orElseThrow(() -> invalid(name, "{parameter.province}"));
        }
        if (rawType.isEnum()) {
            return text -> enumConstant(name, text, (Class<? extends Enum>) rawType);
        }
        return null;
    }

    /**
     * One parameter's converter; a blank value is an absent one, except in the path: {@code /api/x/%20}
     * names nothing, and a resource must never look up a null id (that was a 500).
     */
    private record Converter<T>(String name, Function<String, T> parse, boolean path, ConventionsParamConverters provider)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                if (path) {
                    throw provider.everyBadParameter(invalid(name, "{json.required}"));
                }
                return null;
            }
            try {
                return parse.apply(value);
            } catch (DomainProblem bad) {
                throw provider.everyBadParameter(bad);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Province province ? province.code() : value.toString();
        }
    }

    /**
     * JAX-RS converts parameters one by one and stops at the first failure; to name every bad one,
     * the first failure reads the matched method's other parameters from the request and converts
     * them too.
     */
    DomainProblem everyBadParameter(DomainProblem first) {
        Map<String, DomainProblem.Field> bad = new LinkedHashMap<>();
        try {
            ResteasyReactiveRequestContext request = CurrentRequestManager.get();
            ResteasyReactiveResourceInfo resource = request == null ? null : request.getResteasyReactiveResourceInfo();
            Method method = resource == null ? null : resource.getMethod();
            if (method != null) {
                Annotation[][] annotations = method.getParameterAnnotations();
                Class<?>[] types = method.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    collect(request, types[i], annotations[i], bad);
                }
            }
        } catch (RuntimeException unavailable) {
            // Outside a Quarkus REST request (a unit test, a bean parameter): the first failure is the answer.
        }
        for (DomainProblem.Field field : first.fields()) {
            bad.putIfAbsent(field.field(), field);
        }
        DomainProblem all = invalidParameters();
        bad.values().forEach(field -> all.withField(field.field(), field.message(), field.arguments()));
        return all;
    }

    private void collect(ResteasyReactiveRequestContext request, Class<?> type, Annotation[] annotations,
            Map<String, DomainProblem.Field> bad) {
        String name = parameterName(annotations);
        Function<String, ?> parse = parser(name, type);
        if (parse == null) {
            return;
        }
        String value = rawValue(request, annotations, name);
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            parse.apply(value);
        } catch (DomainProblem problem) {
            problem.fields().forEach(field -> bad.putIfAbsent(field.field(), field));
        }
    }

    private static String rawValue(ResteasyReactiveRequestContext request, Annotation[] annotations, String name) {
        for (Annotation annotation : annotations) {
            Object value = switch (annotation) {
                case QueryParam ignored -> request.getQueryParameter(name, true, false);
                case PathParam ignored -> request.getPathParameter(name, false);
                case HeaderParam ignored -> request.getHeader(name, true);
                default -> switch (annotation.annotationType().getSimpleName()) {
                    case "RestQuery" -> request.getQueryParameter(name, true, false);
                    case "RestPath" -> request.getPathParameter(name, false);
                    case "RestHeader" -> request.getHeader(name, true);
                    default -> null;
                };
            };
            if (value instanceof Collection<?> values) {
                value = values.isEmpty() ? null : values.iterator().next();
            }
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    private static Long wholeNumber(String name, String text, long min, long max) {
        OptionalLong value = Digits.parseLong(text);
        if (value.isEmpty()) {
            throw invalid(name, "{json.expected.whole-number}");
        }
        if (value.getAsLong() < min || value.getAsLong() > max) {
            // Digits.parseLong refuses what overflows a long, so only an int gets here: its range is real.
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

    private static UUID uuid(String name, String text) {
        String ascii = Digits.toAscii(text.strip());
        try {
            UUID id = UUID.fromString(ascii);
            // UUID.fromString accepts shortened groups ("1-1-1-1-1"); only the canonical form is an id.
            if (id.toString().equalsIgnoreCase(ascii)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw invalid(name, "{json.expected.uuid}");
    }

    private static <E extends Enum<E>> E enumConstant(String name, String text, Class<E> type) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw invalid(name, "{json.unknown-enum-value}",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An empty 400 {@code invalid-parameter}, for {@link DomainProblem#withField} per bad parameter. */
    public static DomainProblem invalidParameters() {
        return new DomainProblem(400, INVALID_PARAMETER, "Invalid parameter",
                "A parameter of the request has a value this endpoint cannot accept");
    }

    /** The problem for one bad parameter; services use it for parameter rules of their own. */
    public static DomainProblem invalid(String name, String message, Object... arguments) {
        return invalidParameters().withField(name, message, arguments);
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
