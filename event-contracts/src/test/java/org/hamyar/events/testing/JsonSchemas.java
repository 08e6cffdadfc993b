package org.hamyar.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

/**
 * The one place where a JSON Schema is loaded and applied (networknt json-schema-validator): the
 * dialect is the one the schema names in {@code $schema} (draft 2020-12 for the event schemas,
 * draft-07 for the official AsyncAPI schema), formats ({@code uuid}, {@code date},
 * {@code date-time}, {@code uri}) are asserted, messages are in English.
 */
public final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** The violations of {@code json} against the schema at the classpath resource, sorted; empty when it fits. */
    public static Set<String> violations(String schemaResource, JsonNode json) {
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : schema(schemaResource).validate(json)) {
            messages.add(message.toString());
        }
        return messages;
    }

    /** Whether the schema itself is valid in its own dialect: the violations against the meta-schema. */
    public static Set<String> metaSchemaViolations(String schemaResource) {
        JsonNode schema = read(schemaResource);
        SpecVersion.VersionFlag version = SpecVersionDetector.detect(schema);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version);
        String metaSchema = schema.get("$schema").asText();
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage message : factory.getSchema(SchemaLocation.of(metaSchema), CONFIG).validate(schema)) {
            messages.add(message.toString());
        }
        return messages;
    }

    /** The JSON at a classpath resource. */
    public static JsonNode read(String resource) {
        try (InputStream in = resource(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static JsonSchema schema(String resource) {
        return LOADED.computeIfAbsent(resource, name -> {
            JsonNode schema = read(name);
            return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schema)).getSchema(schema, CONFIG);
        });
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new AssertionError("No resource " + name + " on the classpath");
        }
        return in;
    }
}
