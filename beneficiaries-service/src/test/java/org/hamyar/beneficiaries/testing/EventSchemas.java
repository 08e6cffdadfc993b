package org.hamyar.beneficiaries.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.hamyar.events.EventType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks event JSON against the JSON Schema event-contracts publishes for its type (draft 2020-12, formats asserted). */
public final class EventSchemas {

    /** Serialises event records as the outbox does: ISO-8601 dates and times. */
    public static final ObjectMapper EVENT_JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private EventSchemas() {
    }

    /** The violations, as readable lines; empty when the JSON fits the schema. */
    public static Set<String> violations(EventType<?> type, String json) {
        try (InputStream schema = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (schema == null) {
                throw new AssertionError("no schema on the classpath: " + type.schemaResource());
            }
            JsonSchema validator = FACTORY.getSchema(schema, CONFIG);
            Set<ValidationMessage> messages = validator.validate(EVENT_JSON.readTree(json));
            return messages.stream().map(ValidationMessage::toString).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(Object event) {
        try {
            return EVENT_JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
