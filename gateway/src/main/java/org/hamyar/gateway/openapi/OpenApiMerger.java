package org.hamyar.gateway.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.routing.RouteTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into the gateway's own, so that a partner reads one
 * document for the whole API.
 *
 * <ul>
 * <li>A service contributes only the paths the gateway routes to it (docs/product.md §6), never
 * its {@code /q/...} endpoints.</li>
 * <li>Components are shared when two documents define the same name identically (the problem
 * schema, the bearer scheme); a name defined differently is renamed {@code <service>.<name>} in
 * the contributing document, with every {@code $ref} and security requirement that uses it.</li>
 * <li>An {@code operationId} already taken gets its service's name in front, so ids stay unique.</li>
 * <li>Every proxied operation also lists the statuses the gateway itself may answer with (429, 502,
 * 503, 504).</li>
 * <li>A service that could not be read is left out and named under {@code x-missing}.</li>
 * </ul>
 */
public final class OpenApiMerger {

    /** A service's document as fetched from its {@code /q/openapi}. */
    public record ServiceDocument(DownstreamService service, JsonNode document) {
    }

    /** A service whose document could not be had, and why. */
    public record MissingService(DownstreamService service, String reason) {
    }

    private static final List<String> COMPONENT_TYPES = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String REF_PREFIX = "#/components/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    public static ObjectNode merge(JsonNode own, List<ServiceDocument> services, List<MissingService> missing) {
        ObjectNode merged = own != null && own.isObject() ? ((ObjectNode) own).deepCopy() : NODES.objectNode();
        if (!merged.has("openapi")) {
            merged.put("openapi", "3.1.0");
        }
        // one server for everything: the gateway that serves this document
        merged.remove("servers");
        ObjectNode paths = object(merged, "paths");
        ObjectNode components = object(merged, "components");
        addGatewayComponents(components);
        Set<String> operationIds = operationIds(paths);
        ArrayNode tags = array(merged, "tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(tag -> tagNames.add(tag.path("name").asText()));

        ArrayNode included = NODES.arrayNode();
        for (ServiceDocument source : services) {
            String service = source.service().serviceName();
            ObjectNode document = source.document().deepCopy();
            Map<String, Map<String, String>> renames = clashingComponents(document, components, service);
            rewriteReferences(document, renames);
            Map<String, String> schemeRenames = renames.getOrDefault("securitySchemes", Map.of());
            addComponents(document, components, renames);

            JsonNode rootSecurity = renameSecurity(document.get("security"), schemeRenames);
            Set<String> segments = RouteTable.segmentsOf(source.service());
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!segments.contains(RouteTable.firstSegment(path.getKey())) || paths.has(path.getKey())
                        || !path.getValue().isObject()) {
                    continue;
                }
                ObjectNode item = (ObjectNode) path.getValue();
                item.fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey()) && operation.getValue().isObject()) {
                        adoptOperation((ObjectNode) operation.getValue(), service, operationIds, rootSecurity,
                                schemeRenames);
                    }
                });
                paths.set(path.getKey(), item);
            }
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            included.add(service);
        }
        if (tags.isEmpty()) {
            merged.remove("tags");
        }
        merged.set("x-services", included);
        if (!missing.isEmpty()) {
            ArrayNode notes = merged.putArray("x-missing");
            for (MissingService gap : missing) {
                notes.addObject().put("service", gap.service().serviceName()).put("reason", gap.reason());
            }
        }
        return merged;
    }

    private static void adoptOperation(ObjectNode operation, String service, Set<String> operationIds,
                                       JsonNode rootSecurity, Map<String, String> schemeRenames) {
        JsonNode id = operation.get("operationId");
        if (id != null && id.isTextual()) {
            String unique = id.asText();
            if (!operationIds.add(unique)) {
                unique = service + "." + unique;
                operationIds.add(unique);
                operation.put("operationId", unique);
            }
        }
        if (operation.has("security")) {
            operation.set("security", renameSecurity(operation.get("security"), schemeRenames));
        } else if (rootSecurity != null) {
            // the service's document-wide requirement would otherwise be lost in the merge
            operation.set("security", rootSecurity.deepCopy());
        }
        ObjectNode responses = object(operation, "responses");
        gatewayResponse(responses, "429", "GatewayTooManyRequests");
        gatewayResponse(responses, "502", "GatewayBadGateway");
        gatewayResponse(responses, "503", "GatewayServiceUnavailable");
        gatewayResponse(responses, "504", "GatewayTimeout");
    }

    private static void gatewayResponse(ObjectNode responses, String status, String component) {
        if (!responses.has(status)) {
            responses.putObject(status).put("$ref", REF_PREFIX + "responses/" + component);
        }
    }

    /** The names in {@code document} that {@code merged} already has with a different definition. */
    private static Map<String, Map<String, String>> clashingComponents(ObjectNode document, ObjectNode merged,
                                                                       String service) {
        Map<String, Map<String, String>> renames = new HashMap<>();
        JsonNode components = document.path("components");
        for (String type : COMPONENT_TYPES) {
            JsonNode section = components.path(type);
            JsonNode existing = merged.path(type);
            section.fieldNames().forEachRemaining(name -> {
                JsonNode taken = existing.get(name);
                if (taken != null && !taken.equals(section.get(name))) {
                    renames.computeIfAbsent(type, ignored -> new HashMap<>()).put(name, service + "." + name);
                }
            });
        }
        return renames;
    }

    private static void addComponents(ObjectNode document, ObjectNode merged, Map<String, Map<String, String>> renames) {
        JsonNode components = document.path("components");
        for (String type : COMPONENT_TYPES) {
            JsonNode section = components.path(type);
            if (!section.isObject() || section.isEmpty()) {
                continue;
            }
            ObjectNode target = object(merged, type);
            Map<String, String> renamed = renames.getOrDefault(type, Map.of());
            section.fields().forEachRemaining(component -> {
                String name = renamed.getOrDefault(component.getKey(), component.getKey());
                if (!target.has(name)) {
                    target.set(name, component.getValue());
                }
            });
        }
    }

    /** Points every {@code $ref} at a renamed component to its new name, anywhere in the document. */
    private static void rewriteReferences(JsonNode node, Map<String, Map<String, String>> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF_PREFIX)) {
                String[] parts = ref.asText().substring(REF_PREFIX.length()).split("/", 2);
                if (parts.length == 2) {
                    String renamed = renames.getOrDefault(parts[0], Map.of()).get(parts[1]);
                    if (renamed != null) {
                        object.put("$ref", REF_PREFIX + parts[0] + "/" + renamed);
                    }
                }
            }
            object.elements().forEachRemaining(child -> rewriteReferences(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteReferences(child, renames));
        }
    }

    /** A security requirement names schemes by key, not by $ref: renamed schemes are renamed there too. */
    private static JsonNode renameSecurity(JsonNode security, Map<String, String> schemeRenames) {
        if (security == null || !security.isArray() || schemeRenames.isEmpty()) {
            return security;
        }
        ArrayNode renamed = NODES.arrayNode();
        for (JsonNode requirement : security) {
            ObjectNode copy = renamed.addObject();
            requirement.fields().forEachRemaining(scheme ->
                    copy.set(schemeRenames.getOrDefault(scheme.getKey(), scheme.getKey()), scheme.getValue()));
        }
        return renamed;
    }

    private static Set<String> operationIds(ObjectNode paths) {
        Set<String> ids = new HashSet<>();
        paths.elements().forEachRemaining(item -> item.fields().forEachRemaining(operation -> {
            JsonNode id = operation.getValue().get("operationId");
            if (METHODS.contains(operation.getKey()) && id != null) {
                ids.add(id.asText());
            }
        }));
        return ids;
    }

    /** The problem schema and the responses the gateway answers itself. */
    private static void addGatewayComponents(ObjectNode components) {
        ObjectNode schemas = object(components, "schemas");
        if (!schemas.has("GatewayProblem")) {
            ObjectNode problem = schemas.putObject("GatewayProblem");
            problem.put("type", "object");
            problem.put("description", "RFC 9457 problem details, as every Hamyar service and the gateway write them");
            ObjectNode properties = problem.putObject("properties");
            properties.putObject("type").put("type", "string").put("example", "urn:hamyar:problem:service-unavailable");
            properties.putObject("title").put("type", "string");
            properties.putObject("status").put("type", "integer");
            properties.putObject("detail").put("type", "string");
            properties.putObject("instance").put("type", "string");
            properties.putObject("requestId").put("type", "string");
            properties.putObject("service").put("type", "string").put("description", "the service concerned");
            properties.putObject("retryAfter").put("type", "integer").put("description", "seconds");
            problem.putArray("required").add("type").add("title").add("status");
        }
        ObjectNode responses = object(components, "responses");
        problemResponse(responses, "GatewayTooManyRequests",
                "The client's rate limit is used up; retry after Retry-After seconds", true);
        problemResponse(responses, "GatewayBadGateway", "The service broke off the exchange", false);
        problemResponse(responses, "GatewayServiceUnavailable",
                "The service is unreachable, or its circuit breaker is open (then with Retry-After)", true);
        problemResponse(responses, "GatewayTimeout", "The service did not answer in time", false);
    }

    private static void problemResponse(ObjectNode responses, String name, String description, boolean retryAfter) {
        if (responses.has(name)) {
            return;
        }
        ObjectNode response = responses.putObject(name);
        response.put("description", description);
        if (retryAfter) {
            response.putObject("headers").putObject("Retry-After")
                    .put("description", "seconds to wait").putObject("schema").put("type", "integer");
        }
        response.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", REF_PREFIX + "schemas/GatewayProblem");
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }

    private static ArrayNode array(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ArrayNode array) {
            return array;
        }
        return parent.putArray(field);
    }
}
