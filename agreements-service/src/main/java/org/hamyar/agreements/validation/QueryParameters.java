package org.hamyar.agreements.validation;

import java.util.Locale;
import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.standards.Digits;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

/**
 * Query parameters read by hand, so that a bad value is a 400 naming the parameter: JAX-RS would
 * answer 404 for an enum or UUID it cannot convert, which tells the client nothing.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid(name, "parameter.enum", String.join(", ", names(type)));
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(Digits.toAscii(value.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw invalid(name, "parameter.uuid");
        }
    }

    /** A two-digit province code in any digit script (or {@code IR-26}), as its two ASCII digits. */
    public static String province(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Provinces.byCode(value).map(Province::code).orElseThrow(() -> invalid(name, "province.unknown", value));
    }

    public static DomainProblem invalid(String name, String key, Object... args) {
        return new DomainProblem(400, "invalid-parameter", "Invalid parameter",
                "A parameter of the request has a value this endpoint cannot accept")
                .withField(name, "{" + key + "}", args);
    }

    private static <E extends Enum<E>> String[] names(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        return names;
    }
}
