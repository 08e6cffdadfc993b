package org.hamyar.outbox.asyncapi;

import org.hamyar.events.ContractSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's event documentation: its AsyncAPI document, the classpath resource
 * {@value #DOCUMENT} of the service, and the JSON Schemas of event-contracts the document refers to
 * as {@code asyncapi/schemas/<name>.json} (a {@code ce_type}, or {@code cloudevents-headers}).
 * Those references are relative to the document, so an AsyncAPI tool that reads
 * {@code /asyncapi.yaml} resolves them to {@code /asyncapi/schemas/<name>.json}, where
 * {@link AsyncApiResource} serves them. Nothing else of the classpath is ever served.
 */
public final class EventDocumentation {

    /** The classpath resource of a service's AsyncAPI document, served at {@code /asyncapi.yaml}. */
    public static final String DOCUMENT = "asyncapi.yaml";
    /** How a document refers to a schema: {@code asyncapi/schemas/<name>.json}, relative to itself. */
    public static final String SCHEMA_PATH = "asyncapi/schemas/";

    private static final Pattern SCHEMA_REFERENCE = Pattern.compile(Pattern.quote(SCHEMA_PATH) + "([A-Za-z0-9._-]+)\\.json");

    private final byte[] document;
    private final Map<String, byte[]> schemas;

    private EventDocumentation(byte[] document, Map<String, byte[]> schemas) {
        this.document = document;
        this.schemas = schemas;
    }

    /**
     * Reads the document and every schema it refers to.
     *
     * @throws IllegalStateException when the document refers to a schema event-contracts does not have
     */
    public static EventDocumentation load(ClassLoader classLoader) {
        byte[] document = read(classLoader, DOCUMENT);
        if (document == null) {
            return new EventDocumentation(null, Map.of());
        }
        Map<String, byte[]> schemas = new LinkedHashMap<>();
        Matcher reference = SCHEMA_REFERENCE.matcher(new String(document, StandardCharsets.UTF_8));
        while (reference.find()) {
            String name = reference.group(1);
            String resource = ContractSchemas.resource(name).orElseThrow(() -> new IllegalStateException(
                    DOCUMENT + " refers to " + SCHEMA_PATH + name + ".json, but event-contracts has no schema " + name));
            byte[] schema = read(classLoader, resource);
            if (schema == null) {
                throw new IllegalStateException("The schema " + resource + " is missing from the classpath");
            }
            schemas.put(name, schema);
        }
        return new EventDocumentation(document, Collections.unmodifiableMap(schemas));
    }

    /** The AsyncAPI document; empty when the service has none. */
    public Optional<byte[]> document() {
        return Optional.ofNullable(document).map(byte[]::clone);
    }

    /** The schema with this name, when the document refers to it. */
    public Optional<byte[]> schema(String name) {
        return Optional.ofNullable(schemas.get(name)).map(byte[]::clone);
    }

    /** The names of the schemas the document refers to, in the order it first does. */
    public Set<String> schemaNames() {
        return schemas.keySet();
    }

    private static byte[] read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
