package org.hamyar.events;

import java.util.Objects;

/**
 * Describes one integration event: its CloudEvents type ({@code ce_type}), the topic it travels on
 * and the record that carries its data. The JSON Schema of the data is the classpath resource
 * {@link #schemaResource()}.
 *
 * @param type      the versioned CloudEvents type, e.g. {@code hamyar.beneficiaries.aid-granted.v1}
 * @param topic     the Kafka topic
 * @param dataClass the record serialised as the message value
 */
public record EventType<T>(String type, String topic, Class<T> dataClass) {

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(dataClass, "dataClass");
        if (!type.matches("hamyar\\.[a-z]+\\.[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("ce_type must read hamyar.<service>.<event>.v<n>: " + type);
        }
    }

    public static <T> EventType<T> of(String type, String topic, Class<T> dataClass) {
        return new EventType<>(type, topic, dataClass);
    }

    /**
     * The {@code ce_source} of the only producer of this event, the service that owns its topic:
     * {@code /hamyar/<service>-service} for {@code hamyar.<service>.<event>.v<n>}. A consumer refuses
     * the event from anyone else.
     */
    public String source() {
        return "/hamyar/" + type.substring("hamyar.".length(), type.indexOf('.', "hamyar.".length())) + "-service";
    }

    /** Classpath location of the JSON Schema of this event's data. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }
}
