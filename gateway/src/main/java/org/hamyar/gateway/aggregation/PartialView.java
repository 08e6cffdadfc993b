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
        String name = reply.service().serviceName();
        if (!missing.contains(name)) {
            missing.add(name);
        }
    }

    public boolean partial() {
        return !missing.isEmpty();
    }

    public List<String> missing() {
        return List.copyOf(missing);
    }
}
