package org.hamyar.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of event data, the same on both sides of the wire: the outbox writes every event with
 * it and {@code IncomingEvent.dataAs} reads every event with it; tests that play a producer or
 * check a payload against its schema use it too, so there is exactly one definition of the wire
 * format.
 *
 * <p>Deliberately not the application's CDI {@code ObjectMapper}: that one is customised for HTTP
 * (Jalali siblings of every date, Persian digits), and none of that may leak into the contract
 * other services parse. What it writes:
 * <ul>
 *   <li>dates and times as ISO-8601 strings ({@code 2026-03-21}, {@code 2026-03-21T06:30:00.123456Z}),
 *       as the JSON Schemas declare them ({@code format: date}, {@code date-time});</li>
 *   <li>every record component, {@code null} ones included (the schemas require nullable fields to
 *       be present);</li>
 *   <li>on reading, properties the record does not know are ignored: a producer may add fields to
 *       a version of an event without breaking its consumers; the offset of a time is kept as
 *       written.</li>
 * </ul>
 */
public final class EventJson {

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

    /**
     * The event data as JSON text.
     *
     * @throws IllegalArgumentException when the object cannot be serialised
     */
    public static String write(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise event data " + data.getClass().getName(), e);
        }
    }

    /**
     * Parses event data as its record.
     *
     * @throws JsonProcessingException when the JSON is not valid or does not fit the record
     */
    public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    /** The event data as a JSON tree, exactly as {@link #write} would write it. */
    public static JsonNode tree(Object data) {
        return MAPPER.valueToTree(data);
    }

    /**
     * Parses JSON text as a tree.
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A copy of the mapper, for code that needs Jackson's full API (a test reading a tree, a tool
     * converting values). Changing the copy changes nothing on the wire.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
