package org.hamyar.api.validation;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule of a request: the JSON path of the field and a message key of the bundle
 * {@code messages/problems} of the service, with its arguments. Rules produce keys, not sentences, so the
 * caller reads the message in Persian or English by {@code Accept-Language}.
 */
public record Violation(String field, String key, List<Object> args) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }
}
