package org.hamyar.events.testing;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hamyar.events.ContractSchemas;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;

/**
 * Checks event data and event headers against the JSON Schemas of event-contracts, for the tests
 * of every module: a sample, a payload read from the outbox table or a record read from the broker.
 * Event data is written with {@link EventJson}, the mapper the outbox uses, so what is checked is
 * what travels.
 */
public final class EventSchemas {

    private EventSchemas() {
    }

    /** The violations of the event data, as {@link EventJson} writes it, against its type's schema. */
    public static Set<String> violationsOf(EventType<?> type, Object data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException("A " + type.type() + " carries a " + type.dataClass().getSimpleName()
                    + ", not a " + data.getClass().getSimpleName());
        }
        return violations(type, EventJson.tree(data));
    }

    /** The violations of JSON text (a record value, an outbox payload) against the type's schema. */
    public static Set<String> violations(EventType<?> type, String json) {
        return violations(type, EventJson.parse(json));
    }

    /** The violations of a JSON tree against the type's schema. */
    public static Set<String> violations(EventType<?> type, JsonNode json) {
        return JsonSchemas.violations(type.schemaResource(), json);
    }

    /** The violations of a record's headers (name → text) against the CloudEvents headers schema. */
    public static Set<String> headerViolations(Map<String, String> headers) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        headers.forEach(json::put);
        return JsonSchemas.violations(ContractSchemas.resource(ContractSchemas.CLOUD_EVENT_HEADERS).orElseThrow(), json);
    }
}
