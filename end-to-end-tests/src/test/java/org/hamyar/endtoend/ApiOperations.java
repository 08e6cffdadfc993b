package org.hamyar.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations an OpenAPI document states, with who may call each, as the access matrix reads
 * them: the matrix knows no endpoint by heart, so a new endpoint joins it by being documented.
 *
 * <p>Who may call an operation is its security requirement (the operation's own, else the
 * document's): the scopes of a bearer requirement are the realm roles that may call it
 * (Quarkus SmallRye OpenAPI writes {@code @RolesAllowed} there); a requirement without scopes is
 * any signed-in user ({@code @Authenticated}); no requirement at all is a public operation.
 */
final class ApiOperations {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private ApiOperations() {
    }

    /** Who the document says may call an operation. */
    enum Caller {
        /** no security requirement: anyone, without a token */
        PUBLIC,
        /** a requirement without scopes: any valid token */
        SIGNED_IN,
        /** the roles named as the requirement's scopes */
        ROLES
    }

    /**
     * One operation of one document.
     *
     * @param method      upper case
     * @param path        the path template, e.g. {@code /api/households/{id}/aid}
     * @param caller      who may call it
     * @param roles       the roles that may call it (for {@link Caller#ROLES})
     * @param pathParams  the path parameters with their schema type ({@code uuid}, {@code integer}, {@code string})
     * @param requestType the first media type of the request body, or null without one
     */
    record Operation(String method, String path, Caller caller, Set<String> roles,
                     Map<String, String> pathParams, String requestType) {

        boolean reads() {
            return method.equals("GET");
        }

        boolean allows(String role) {
            return caller != Caller.ROLES || roles.contains(role);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation under {@code /api/} of the document (its {@code /q/...} and others are not the API). */
    static List<Operation> read(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode rootSecurity = document.get("security");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                JsonNode security = operation.has("security") ? operation.get("security") : rootSecurity;
                Caller caller = Caller.PUBLIC;
                Set<String> roles = new TreeSet<>();
                if (security != null && security.isArray() && !security.isEmpty()) {
                    caller = Caller.SIGNED_IN;
                    for (JsonNode requirement : security) {
                        for (JsonNode scopes : requirement) {
                            scopes.forEach(scope -> roles.add(scope.asText()));
                        }
                    }
                    if (!roles.isEmpty()) {
                        caller = Caller.ROLES;
                    }
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), caller, Set.copyOf(roles),
                        pathParams(document, path.getValue(), operation), requestType(document, operation)));
            }
        }
        return operations;
    }

    private static Map<String, String> pathParams(JsonNode document, JsonNode pathItem, JsonNode operation) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (JsonNode list : new JsonNode[] {pathItem.get("parameters"), operation.get("parameters")}) {
            if (list == null) {
                continue;
            }
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(document, parameter);
                if ("path".equals(resolved.path("in").asText())) {
                    JsonNode schema = resolve(document, resolved.path("schema"));
                    String type = schema.path("type").asText("string");
                    String format = schema.path("format").asText("");
                    params.put(resolved.path("name").asText(),
                            format.equals("uuid") ? "uuid" : type.equals("integer") ? "integer" : "string");
                }
            }
        }
        return params;
    }

    private static String requestType(JsonNode document, JsonNode operation) {
        JsonNode body = operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Iterator<String> types = resolve(document, body).path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) {
            return node;
        }
        return document.at(ref.asText().substring(1));
    }

    /** The path parameters' names in template order, e.g. {@code [id, personId]}. */
    static Set<String> templateParams(String path) {
        Set<String> names = new LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
