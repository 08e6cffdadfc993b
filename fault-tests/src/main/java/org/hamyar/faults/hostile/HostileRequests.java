package org.hamyar.faults.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates requests for an operation from its OpenAPI description: a valid-ish request (one of
 * the document's examples, or a body built from the schema) and then, most of the time, one hostile
 * change to it — malformed JSON, a wrong type, an unknown enum value, a negative or overflowing
 * number, control and direction-override characters, an impossible date or a period ending before
 * it starts, a missing field, a huge or deeply nested body, or hostile path and query parameters
 * (a page number near 2^31 / size among them). Deterministic for a given {@link Random}.
 */
public final class HostileRequests {

    /** A request to send; {@code kind} names the change made to the valid request. */
    public record Request(String kind, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

        public String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return kind + " " + method + " " + (pathAndQuery.length() > 300 ? pathAndQuery.substring(0, 300) + "…" : pathAndQuery)
                    + (text.isEmpty() ? "" : " body=" + text.replaceAll("\\p{Cntrl}", "·")
                    + (body.length > 300 ? "… (" + body.length + " bytes)" : ""));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP = "__hamyar_faults_deep__";

    private static final String[] KINDS = {
            "valid", "valid", "malformed-json", "malformed-json", "wrong-type", "wrong-type", "unknown-enum",
            "numbers", "numbers", "control-chars", "control-chars", "dates", "dates", "missing-field",
            "extra-field", "deep", "top-level", "params", "params", "params", "huge"};

    private static final String[] CONTROL = {
            "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200F", "\u200E", "\u061C", "\u0000", "\u0007",
            "\u001B[31m", "\uFEFF", "\u200B", "\u200D", "\r\n", "\t", "\u00A0", "\uD800", "\uDFFF", "\u0085",
            "\u2028", "\uFFFF", "ي", "ك", "٤", "۴"};

    private static final String[] HOSTILE_TEXT = {
            "", " ", "null", "-1", "0", "2147483648", "-2147483649", "9223372036854775808", "1e309", "NaN",
            "abc", "%00", "..%2F..%2F", "' or 1=1 --", "<script>", "\u202Eevil", "۱۲۳", "1404-13-40", "2026-02-30",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid",
            "\u0000", "true", "{}", "[]", "FOOD_BASKET ", "food_basket", "*"};

    private final Random random;
    private final IdPool ids;

    public HostileRequests(Random random, IdPool ids) {
        this.random = random;
        this.ids = ids;
    }

    public Request next(OpenApiDocument.Operation operation) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        if (operation.contentType() == null && !kind.equals("valid") && !kind.equals("params")) {
            // no body: most changes go to the parameters; sometimes a body it does not expect
            kind = random.nextInt(5) == 0 ? "unexpected-body" : "params";
        }
        boolean hostileParams = kind.equals("params") || random.nextInt(10) == 0;
        String pathAndQuery = pathAndQuery(operation, hostileParams);
        Map<String, String> headers = headers(operation);
        byte[] body = null;
        if (operation.contentType() != null || kind.equals("unexpected-body")) {
            body = body(operation, kind);
            if (operation.contentType() != null && !operation.contentType().startsWith("application/json") && !kind.equals("valid")) {
                // a CSV upload or another media type: hostile bytes of that type
                body = hostileOtherBody(operation.contentType());
            }
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", operation.contentType() == null ? "application/json" : operation.contentType());
        }
        return new Request(kind, operation.method(), pathAndQuery, headers, body);
    }

    // ---- parameters ---------------------------------------------------------------------------

    private String pathAndQuery(OpenApiDocument.Operation operation, boolean hostile) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        int size = 1 + random.nextInt(200);
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            boolean mutate = hostile && random.nextInt(3) == 0;
            switch (parameter.in()) {
                case "path" -> {
                    int at = path.indexOf("{" + parameter.name() + "}");
                    if (at < 0) {
                        continue;
                    }
                    String listPath = path.substring(0, at);
                    listPath = listPath.endsWith("/") ? listPath.substring(0, listPath.length() - 1) : listPath;
                    String value = mutate ? hostileText() : paramValue(operation, parameter, size);
                    if (!mutate && isUuid(parameter.schema(), operation)) {
                        value = ids.pick(listPath, random);
                    }
                    path = path.replace("{" + parameter.name() + "}", encodePath(value));
                }
                case "query" -> {
                    if (!mutate && !parameter.required() && random.nextInt(3) > 0) {
                        continue;
                    }
                    String value;
                    if (parameter.name().equals("page") && hostile && random.nextBoolean()) {
                        value = String.valueOf(nearIntLimit(size));
                    } else if (parameter.name().equals("size") && hostile && random.nextBoolean()) {
                        value = String.valueOf(size);
                    } else {
                        value = mutate ? hostileText() : paramValue(operation, parameter, size);
                    }
                    query.append(query.isEmpty() ? '?' : '&').append(encodeQuery(parameter.name())).append('=')
                            .append(encodeQuery(value));
                    if (mutate && random.nextInt(4) == 0) {
                        // the same parameter twice
                        query.append('&').append(encodeQuery(parameter.name())).append('=').append(encodeQuery(hostileText()));
                    }
                }
                default -> {
                }
            }
        }
        if (hostile) {
            // the period's end before its start, on any list with from/to
            boolean hasFrom = operation.parameters().stream().anyMatch(p -> p.name().equals("from"));
            boolean hasTo = operation.parameters().stream().anyMatch(p -> p.name().equals("to"));
            if (hasFrom && hasTo && random.nextBoolean()) {
                LocalDate from = randomDate();
                query.append(query.isEmpty() ? '?' : '&').append("from=").append(from)
                        .append("&to=").append(from.minusDays(1 + random.nextInt(400)));
            }
            if (random.nextInt(6) == 0) {
                query.append(query.isEmpty() ? '?' : '&').append("page=").append(nearIntLimit(size)).append("&size=").append(size);
            }
        }
        return path + query;
    }

    /** A page number whose first item lies near 2^31: page × size just below, at or just beyond the int limit. */
    private long nearIntLimit(int size) {
        long page = (1L << 31) / size;
        return switch (random.nextInt(5)) {
            case 0 -> page - 1;
            case 1 -> page;
            case 2 -> page + 1;
            case 3 -> Integer.MAX_VALUE;
            default -> Integer.MAX_VALUE / 2 + random.nextInt(1000);
        };
    }

    private boolean isUuid(JsonNode schema, OpenApiDocument.Operation operation) {
        return "uuid".equals(operation.document().resolve(schema).path("format").asText());
    }

    private String paramValue(OpenApiDocument.Operation operation, OpenApiDocument.Parameter parameter, int size) {
        if (parameter.name().equals("page")) {
            return String.valueOf(random.nextInt(3));
        }
        if (parameter.name().equals("size")) {
            return String.valueOf(size);
        }
        JsonNode value = valid(operation.document(), parameter.schema(), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String hostileText() {
        return switch (random.nextInt(8)) {
            case 0 -> CONTROL[random.nextInt(CONTROL.length)] + "x";
            case 1 -> "x".repeat(1 + random.nextInt(5000));
            default -> HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)];
        };
    }

    private static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    // ---- headers ------------------------------------------------------------------------------

    private Map<String, String> headers(OpenApiDocument.Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", random.nextInt(20) == 0 ? "application/xml" : "application/json");
        if (random.nextInt(8) == 0) {
            headers.put("Accept-Language", switch (random.nextInt(4)) {
                case 0 -> "fa";
                case 1 -> "en-US,en;q=0.5";
                case 2 -> "xx-\u202E";
                default -> "*;q=abc," + "x".repeat(300);
            });
        }
        if (operation.writes()) {
            switch (random.nextInt(6)) {
                case 0 -> headers.put("If-Match", "\"" + random.nextInt(5) + "\"");
                case 1 -> headers.put("If-Match", random.nextBoolean() ? "*" : "W/\"garbage\u00e9\"");
                case 2 -> headers.put("Idempotency-Key", UUID.randomUUID().toString());
                case 3 -> headers.put("Idempotency-Key", random.nextBoolean() ? "k".repeat(400) : "\u00e9\u202E");
                default -> {
                }
            }
        }
        if (operation.contentType() != null && random.nextInt(25) == 0) {
            headers.put("Content-Type", switch (random.nextInt(4)) {
                case 0 -> "text/plain";
                case 1 -> "application/xml";
                case 2 -> "application/json; charset=ISO-8859-1";
                default -> "multipart/form-data; boundary=" + "-".repeat(70);
            });
        }
        return headers;
    }

    // ---- bodies -------------------------------------------------------------------------------

    private byte[] body(OpenApiDocument.Operation operation, String kind) {
        JsonNode base = !operation.examples().isEmpty() && random.nextBoolean()
                ? operation.examples().get(random.nextInt(operation.examples().size())).deepCopy()
                : valid(operation.document(), operation.bodySchema(), 0);
        if (operation.bodySchema().isMissingNode() && operation.examples().isEmpty()) {
            base = NODES.objectNode();
        }
        return switch (kind) {
            case "malformed-json" -> malformed(text(base));
            case "wrong-type" -> bytes(replaceSomewhere(base, wrongType()));
            case "unknown-enum" -> bytes(replaceText(base, random.nextBoolean() ? "NOT_A_VALUE" : "food_basket"));
            case "numbers" -> bytes(replaceSomewhere(base, hostileNumber()));
            case "control-chars" -> bytes(controlChars(base));
            case "dates" -> bytes(dates(base));
            case "missing-field" -> bytes(removeSomewhere(base));
            case "extra-field" -> bytes(extraField(base));
            case "deep" -> deep(base);
            case "top-level" -> topLevel(base).getBytes(StandardCharsets.UTF_8);
            case "huge" -> huge(base);
            case "unexpected-body" -> bytes(base.isMissingNode() ? NODES.objectNode().put("x", 1) : base);
            default -> bytes(base);
        };
    }

    /** A value the schema allows, as far as a generator can tell (patterns aside). */
    JsonNode valid(OpenApiDocument document, JsonNode rawSchema, int depth) {
        JsonNode schema = document.resolve(rawSchema);
        if (schema.isMissingNode() || depth > 8) {
            return NODES.nullNode();
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = valid(document, part, depth + 1);
                if (value.isObject()) {
                    merged.setAll((ObjectNode) value);
                } else if (schema.get("allOf").size() == 1) {
                    return value;
                }
            }
            return merged;
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                return valid(document, schema.get(choice).get(random.nextInt(schema.get(choice).size())), depth + 1);
            }
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()
                && random.nextBoolean()) {
            return schema.get("examples").get(random.nextInt(schema.get("examples").size())).deepCopy();
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText("");
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        String format = schema.path("format").asText("");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                        object.set(property.getKey(), valid(document, property.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int min = schema.path("minItems").asInt(1);
                int count = Math.max(min, 1 + random.nextInt(3));
                count = Math.min(count, schema.path("maxItems").asInt(count));
                for (int i = 0; i < count; i++) {
                    array.add(valid(document, schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 0) + 1_000_000);
                if (max < min) {
                    max = min;
                }
                return NODES.numberNode(min + (long) (random.nextDouble() * Math.min(max - min, 10_000_000L)));
            }
            case "number":
                return NODES.numberNode(BigDecimal.valueOf(random.nextInt(1_000_000)));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "string":
            default: {
                return switch (format) {
                    case "uuid" -> TextNode.valueOf(ids.pick("", random));
                    case "date" -> TextNode.valueOf(randomDate().toString());
                    case "date-time" -> TextNode.valueOf(randomDate() + "T08:30:00Z");
                    default -> TextNode.valueOf(textFor(schema));
                };
            }
        }
    }

    private String textFor(JsonNode schema) {
        int max = schema.path("maxLength").asInt(40);
        int min = schema.path("minLength").asInt(1);
        String[] words = {"نان", "مهر", "خانوار", "Qazvin", "سبد غذایی", "A1", "کمیته امداد", "۱۴۰۵"};
        StringBuilder text = new StringBuilder();
        while (text.length() < min || (text.length() < max && random.nextBoolean())) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.length() > max ? text.substring(0, Math.max(min, max)) : text.toString();
    }

    private LocalDate randomDate() {
        return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
    }

    private String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(JsonNode node) {
        return text(node).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] malformed(String valid) {
        String text = switch (random.nextInt(14)) {
            case 0 -> valid.substring(0, random.nextInt(Math.max(1, valid.length())));
            case 1 -> valid + "}";
            case 2 -> valid.replaceFirst("\"", "'");
            case 3 -> valid.replaceFirst("\\}$", ",}");
            case 4 -> "{\"a\": NaN, \"b\": Infinity}";
            case 5 -> "";
            case 6 -> "\uFEFF" + valid;
            case 7 -> "/* comment */ " + valid;
            case 8 -> valid.replaceFirst("\"", "\"\u0000");
            case 9 -> "{\"amountRials\": 1" + "0".repeat(5000) + "}";
            case 10 -> valid.replaceFirst(":", ":01");
            case 11 -> "nul";
            case 12 -> valid.length() > 2 ? "{\"" + valid.substring(2).replaceFirst("\"", "") : "{";
            default -> null;
        };
        if (text == null) {
            byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
            byte[] broken = new byte[bytes.length + 2];
            int at = random.nextInt(bytes.length + 1);
            System.arraycopy(bytes, 0, broken, 0, at);
            broken[at] = (byte) 0xC3;
            broken[at + 1] = (byte) 0x28; // an invalid UTF-8 sequence
            System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
            return broken;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.numberNode(123);
            case 1 -> TextNode.valueOf("text");
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode();
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode().add(1).add("2");
            case 7 -> NODES.objectNode().put("a", 1);
            default -> NODES.numberNode(1.5);
        };
    }

    private JsonNode hostileNumber() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.numberNode(-1);
            case 1 -> NODES.numberNode(-0.0);
            case 2 -> NODES.numberNode(2147483648L);
            case 3 -> NODES.numberNode(-2147483649L);
            case 4 -> NODES.numberNode(Long.MAX_VALUE);
            case 5 -> NODES.numberNode(new BigInteger("9223372036854775808"));
            case 6 -> NODES.numberNode(new BigInteger("-99999999999999999999999999999"));
            case 7 -> NODES.numberNode(new BigDecimal("1E+309"));
            case 8 -> NODES.numberNode(new BigDecimal("0.5"));
            case 9 -> NODES.numberNode(new BigDecimal("1E-400"));
            case 10 -> TextNode.valueOf("۲۵۰۰۰۰۰۰");
            case 11 -> TextNode.valueOf("1,000");
            case 12 -> NODES.numberNode(Long.MIN_VALUE);
            default -> NODES.numberNode(Integer.MAX_VALUE);
        };
    }

    /** Every place a value sits in the tree: (container, key or index). */
    private record Slot(JsonNode container, String field, int index) {
        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    private static void slots(JsonNode node, List<Slot> into) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                into.add(new Slot(node, field, -1));
                slots(node.get(field), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Slot(node, null, i));
                slots(node.get(i), into);
            }
        }
    }

    private Slot anySlot(JsonNode root, java.util.function.Predicate<JsonNode> which) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        slots.removeIf(slot -> !which.test(slot.value()));
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    private JsonNode replaceSomewhere(JsonNode root, JsonNode value) {
        Slot slot = anySlot(root, v -> true);
        if (slot == null) {
            return value;
        }
        slot.set(value);
        return root;
    }

    private JsonNode replaceText(JsonNode root, String value) {
        Slot slot = anySlot(root, JsonNode::isTextual);
        if (slot == null) {
            return replaceSomewhere(root, TextNode.valueOf(value));
        }
        slot.set(TextNode.valueOf(value));
        return root;
    }

    private JsonNode controlChars(JsonNode root) {
        Slot slot = anySlot(root, JsonNode::isTextual);
        String evil = CONTROL[random.nextInt(CONTROL.length)];
        if (slot == null) {
            return replaceSomewhere(root, TextNode.valueOf(evil));
        }
        String text = slot.value().asText();
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        slot.set(TextNode.valueOf(random.nextInt(4) == 0 ? evil : text.substring(0, at) + evil + text.substring(at)));
        return root;
    }

    private JsonNode dates(JsonNode root) {
        // a period whose end is before its start, when the body has one
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        for (Slot slot : slots) {
            if (slot.field() == null || !slot.container().isObject()) {
                continue;
            }
            String end = partner(slot.field());
            if (end != null && random.nextBoolean()) {
                LocalDate start = randomDate();
                ((ObjectNode) slot.container()).put(slot.field(), start.toString());
                ((ObjectNode) slot.container()).put(end, start.minusDays(1 + random.nextInt(400)).toString());
                return root;
            }
        }
        Slot dateSlot = anySlot(root, v -> v.isTextual() && v.asText().matches("\\d{4}-\\d{2}-\\d{2}.*"));
        String[] impossible = {"2026-02-30", "1404-13-40", "99999-01-01", "-0001-01-01", "0000-00-00", "2026-1-1",
                "1403/12/30", "۱۴۰۵-۰۱-۰۱", "2026-03-01T25:00", "1405-12-30", "", "yesterday"};
        String value = impossible[random.nextInt(impossible.length)];
        if (dateSlot == null) {
            return replaceText(root, value);
        }
        dateSlot.set(TextNode.valueOf(value));
        return root;
    }

    private static String partner(String field) {
        String[][] pairs = {{"Start", "End"}, {"start", "end"}, {"From", "To"}, {"from", "to"}, {"Begin", "End"}};
        for (String[] pair : pairs) {
            if (field.endsWith(pair[0])) {
                return field.substring(0, field.length() - pair[0].length()) + pair[1];
            }
        }
        return null;
    }

    private JsonNode removeSomewhere(JsonNode root) {
        Slot slot = anySlot(root, v -> true);
        if (slot == null) {
            return NODES.objectNode();
        }
        if (slot.field() != null && random.nextBoolean()) {
            ((ObjectNode) slot.container()).remove(slot.field());
        } else {
            slot.set(NODES.nullNode());
        }
        return root;
    }

    private JsonNode extraField(JsonNode root) {
        if (root.isObject()) {
            ((ObjectNode) root).put(random.nextBoolean() ? "unknownField" : "id", random.nextBoolean() ? "x" : UUID.randomUUID().toString());
            if (random.nextBoolean()) {
                ((ObjectNode) root).put("version", 999);
            }
        }
        return root;
    }

    private byte[] deep(JsonNode root) {
        int depth = switch (random.nextInt(4)) {
            case 0 -> 100;
            case 1 -> 1_001;
            case 2 -> 5_000;
            default -> 50_000;
        };
        String nested = random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        JsonNode tree = replaceSomewhere(root, TextNode.valueOf(DEEP));
        return text(tree).replace("\"" + DEEP + "\"", nested).getBytes(StandardCharsets.UTF_8);
    }

    private String topLevel(JsonNode valid) {
        return switch (random.nextInt(7)) {
            case 0 -> "null";
            case 1 -> "[]";
            case 2 -> "\"x\"";
            case 3 -> "42";
            case 4 -> "true";
            case 5 -> "[" + text(valid) + "," + text(valid) + "]";
            default -> "{}";
        };
    }

    private byte[] huge(JsonNode root) {
        int size = switch (random.nextInt(3)) {
            case 0 -> 200_000;
            case 1 -> 1_100_000;
            default -> 3_000_000;
        };
        if (random.nextBoolean()) {
            return bytes(replaceText(root, "ب".repeat(size / 2)));
        }
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < size / 40; i++) {
            many.add(UUID.randomUUID().toString());
        }
        return bytes(replaceSomewhere(root, many));
    }

    private byte[] hostileOtherBody(String contentType) {
        StringBuilder csv = new StringBuilder();
        switch (random.nextInt(5)) {
            case 0 -> csv.append("\u202E,\u0000,\"unterminated\n");
            case 1 -> csv.append("a,b,c\n").append("x,".repeat(10_000)).append('\n');
            case 2 -> csv.append("\"").append("q".repeat(100_000));
            case 3 -> {
                return new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0xC3, 0x28};
            }
            default -> csv.append("");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
