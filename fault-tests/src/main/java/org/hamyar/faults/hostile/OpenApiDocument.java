package org.hamyar.faults.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service's OpenAPI document (as it serves it at {@code /q/openapi?format=json}), read as the
 * operations the hostile-input case drives: each method and path, its parameters and the schema
 * and examples of its body.
 */
public final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final String service;
    private final JsonNode root;

    public OpenApiDocument(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    /** A parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}), its name and schema. */
    public record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /**
     * One operation.
     *
     * @param contentType the media type of its body, or null when it takes none
     * @param bodySchema  the body's schema (may be a {@code $ref}), or a missing node
     * @param examples    the body examples the document gives (valid requests to mutate)
     */
    public record Operation(String service, String method, String path, String operationId,
                            List<Parameter> parameters, String contentType, JsonNode bodySchema,
                            List<JsonNode> examples, OpenApiDocument document) {

        public String name() {
            return service + " " + method + " " + path;
        }

        public boolean writes() {
            return !method.equals("GET");
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = root.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                addParameters(parameters, path.getValue().path("parameters"));
                addParameters(parameters, operation.path("parameters"));
                String contentType = null;
                JsonNode schema = MissingNode.getInstance();
                List<JsonNode> examples = new ArrayList<>();
                JsonNode content = resolve(operation.path("requestBody")).path("content");
                Iterator<String> types = content.fieldNames();
                if (types.hasNext()) {
                    contentType = types.next();
                    if (content.has("application/json")) {
                        contentType = "application/json";
                    }
                    JsonNode media = content.path(contentType);
                    schema = media.path("schema");
                    media.path("examples").forEach(example -> {
                        JsonNode value = resolve(example).path("value");
                        if (!value.isMissingNode()) {
                            examples.add(value);
                        }
                    });
                    if (media.has("example")) {
                        examples.add(media.get("example"));
                    }
                }
                operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(method + " " + path.getKey()),
                        List.copyOf(parameters), contentType, schema, List.copyOf(examples), this));
            }
        }
        return operations;
    }

    private void addParameters(List<Parameter> parameters, JsonNode list) {
        for (JsonNode raw : list) {
            JsonNode parameter = resolve(raw);
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            parameters.removeIf(p -> p.in().equals(in) && p.name().equals(name));
            parameters.add(new Parameter(in, name, parameter.path("required").asBoolean(false),
                    parameter.path("schema")));
        }
    }

    /** The node a {@code $ref} names (followed repeatedly), or the node itself. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }
}
