package org.hamyar.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of event data, the same on both sides of the wire. Deliberately not the application's
 * CDI {@code ObjectMapper}: that one is customised for HTTP (Jalali siblings of every date,
 * Persian digits), and none of that may leak into the contract other services parse.
 */
final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            // dates as ISO-8601 strings, as the JSON Schemas of event-contracts declare them
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // keep the offset a producer wrote instead of converting every time to UTC
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // producers may add fields to a version of an event; consumers must not break on them
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    static String write(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise event data " + data.getClass().getName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event data is not a valid " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }
}
