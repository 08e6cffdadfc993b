package org.hamyar.api.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * On a creating POST: a request with an {@code Idempotency-Key} header runs once per key and
 * caller; a retry with the same key and body gets the first response again (with
 * {@code Idempotent-Replayed: true}). See {@link IdempotencyFilters}.
 * The endpoint must be blocking (the default for non-reactive return types).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
}
