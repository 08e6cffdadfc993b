package org.hamyar.gateway.mobile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a view that is about one record answers: the view, or the service's own refusal passed on
 * untouched (a household the caller may not see is the beneficiaries-service's 404, not a view
 * with a hole in it).
 */
public sealed interface ViewOutcome<T> {

    record View<T>(T body) implements ViewOutcome<T> {
    }

    /** The service answered 4xx: its status and problem body (may be null), as the proxy would pass them. */
    record Refused<T>(int status, JsonNode problem) implements ViewOutcome<T> {
    }
}
