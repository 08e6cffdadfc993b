package org.hamyar.gateway.aggregation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Collects which services a view had to do without, for its {@code partial} and {@code missing}
 * members: a mobile app shows what it got and says what is missing, instead of waiting.
 */
public final class PartialView {

    private final List<String> missing = new ArrayList<>();

    /** The body of a successful reply, or null; a missing service is noted. */
    public JsonNode okBody(ServiceReply reply) {
        if (reply instanceof ServiceReply.Answered answered && answered.ok()) {
            return answered.body();
        }
        if (reply instanceof ServiceReply.Missing) {
            note(reply);
        }
        return null;
    }

    /** Notes the reply's service as missing (also for an answer the view cannot use). */
    public void note(ServiceReply reply) {
        note(reply.service().serviceName());
    }

    /**
     * Notes a named part as missing. Views with several parts from one service name the part
     * ({@code household}, {@code funding}), so that an app knows which section to grey out.
     */
    public void note(String part) {
        if (!missing.contains(part)) {
            missing.add(part);
        }
    }

    public boolean partial() {
        return !missing.isEmpty();
    }

    public List<String> missing() {
        return List.copyOf(missing);
    }
}
