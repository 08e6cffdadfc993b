package org.hamyar.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.hamyar.events.ContractSchemas;
import org.hamyar.events.EventTypes;

/**
 * Checks a service's AsyncAPI document the way any AsyncAPI tool would read it, and against the
 * network's own conventions. {@link #violations} lists, for an AsyncAPI 3.0.0 document:
 * <ol>
 *   <li>every violation of the official AsyncAPI 3.0.0 JSON Schema (from the npm package
 *       {@code @asyncapi/specs}, kept in this test-jar under {@value #OFFICIAL_SCHEMA});</li>
 *   <li>every local {@code $ref} ({@code #/...}) that points at nothing in the document;</li>
 *   <li>every other {@code $ref} that is not {@code asyncapi/schemas/<name>.json} with a name of
 *       {@link ContractSchemas} (the only external references the served document can resolve);</li>
 *   <li>every message whose payload is an event's schema but whose {@code name} is not that
 *       {@code ce_type}, or whose headers are not the shared {@code cloudevents-headers} schema;</li>
 *   <li>any {@code ce_*} header defined in the document itself: the headers are written once, in
 *       event-contracts.</li>
 * </ol>
 */
public final class AsyncApiDocuments {

    /** Where the official AsyncAPI 3.0.0 JSON Schema lies in this test-jar. */
    public static final String OFFICIAL_SCHEMA = "asyncapi-spec/asyncapi-3.0.0.schema.json";
    /** How a document refers to a schema of event-contracts: relative to {@code /asyncapi.yaml}. */
    public static final String SCHEMA_PATH = "asyncapi/schemas/";

    private static final Pattern CONTRACT_REF = Pattern.compile("asyncapi/schemas/([^/#]+)\\.json");
    private static final YAMLMapper YAML = new YAMLMapper();

    private AsyncApiDocuments() {
    }

    /** The problems of the AsyncAPI document at this classpath resource (e.g. {@code asyncapi.yaml}); empty when none. */
    public static List<String> violations(String resource) {
        return violations(read(resource));
    }

    /** The problems of a parsed AsyncAPI document; empty when none. */
    public static List<String> violations(JsonNode document) {
        List<String> problems = new ArrayList<>();
        String version = document.path("asyncapi").asText();
        if (!"3.0.0".equals(version)) {
            problems.add("asyncapi is '" + version + "': only 3.0.0 documents are checked");
            return problems;
        }
        JsonSchemas.violations(OFFICIAL_SCHEMA, document).forEach(v -> problems.add("AsyncAPI 3.0.0 schema: " + v));
        walk(document, "", document, problems);
        document.path("components").path("messages").properties().forEach(message ->
                checkMessage(message.getKey(), message.getValue(), problems));
        return problems;
    }

    /** The {@code ce_type}s whose schema the document's messages carry as payload. */
    public static Set<String> eventTypes(String resource) {
        Set<String> types = new TreeSet<>();
        read(resource).path("components").path("messages").forEach(message ->
                payloadSchema(message).filter(name -> EventTypes.byType(name).isPresent()).ifPresent(types::add));
        return types;
    }

    /** The document at a classpath resource, parsed. */
    public static JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No resource " + resource + " on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static void walk(JsonNode node, String path, JsonNode document, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, document, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            checkReference(ref.asText(), path, document, problems);
        }
        if (node.path("properties").has("ce_id") || node.path("properties").has("ce_type")) {
            problems.add(path + " defines CloudEvents headers itself; refer to " + SCHEMA_PATH
                    + ContractSchemas.CLOUD_EVENT_HEADERS + ".json instead");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            walk(field.getValue(), path + "/" + field.getKey(), document, problems);
        }
    }

    private static void checkReference(String ref, String path, JsonNode document, List<String> problems) {
        if (ref.startsWith("#")) {
            String pointer = ref.substring(1);
            if (document.at(pointer).isMissingNode()) {
                problems.add(path + ": $ref " + ref + " points at nothing in the document");
            }
            return;
        }
        Matcher contract = CONTRACT_REF.matcher(ref);
        if (!contract.matches()) {
            problems.add(path + ": $ref " + ref + " is neither local (#/...) nor " + SCHEMA_PATH + "<name>.json");
        } else if (!ContractSchemas.names().contains(contract.group(1))) {
            problems.add(path + ": $ref " + ref + " names no schema of event-contracts");
        }
    }

    private static void checkMessage(String key, JsonNode message, List<String> problems) {
        Optional<String> payload = payloadSchema(message);
        if (payload.isEmpty() || EventTypes.byType(payload.get()).isEmpty()) {
            return;
        }
        String ceType = payload.get();
        if (!ceType.equals(message.path("name").asText())) {
            problems.add("message " + key + " carries " + ceType + " but is named '" + message.path("name").asText()
                    + "': name each event message by its ce_type");
        }
        String headers = referenceOf(message.path("headers")).orElse("");
        if (!headers.equals(SCHEMA_PATH + ContractSchemas.CLOUD_EVENT_HEADERS + ".json")) {
            problems.add("message " + key + " must take its headers from " + SCHEMA_PATH
                    + ContractSchemas.CLOUD_EVENT_HEADERS + ".json, not '" + headers + "'");
        }
    }

    /** The contract schema name a message's payload refers to (plain or multi-format). */
    private static Optional<String> payloadSchema(JsonNode message) {
        return referenceOf(message.path("payload")).map(CONTRACT_REF::matcher).filter(Matcher::matches)
                .map(m -> m.group(1));
    }

    /** The $ref of a schema, a Reference Object or a Multi Format Schema Object whose schema is one. */
    private static Optional<String> referenceOf(JsonNode schema) {
        if (schema.has("$ref")) {
            return Optional.of(schema.get("$ref").asText());
        }
        if (schema.path("schema").has("$ref")) {
            return Optional.of(schema.path("schema").get("$ref").asText());
        }
        return Optional.empty();
    }
}
