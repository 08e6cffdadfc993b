package org.hamyar.faults.hostile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Ids of things that exist in the running suite (read from its lists before the case starts), so
 * that a generated path or body names a real household, agreement or fund often enough to reach
 * the code behind the lookups. Keyed by the list's path ({@code /api/aid}); every id also goes to a
 * pool of all ids.
 */
public final class IdPool {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_PER_LIST = 50;

    private final Map<String, List<String>> byList = new ConcurrentHashMap<>();
    private final List<String> all = new CopyOnWriteArrayList<>();

    /** Keeps the {@code id} of every item of a page answered by {@code listPath}, and every UUID anywhere in it. */
    public void harvest(String listPath, JsonNode page) {
        List<String> ids = byList.computeIfAbsent(listPath, p -> new CopyOnWriteArrayList<>());
        JsonNode items = page.isArray() ? page : page.path("items");
        for (JsonNode item : items) {
            String id = item.path("id").asText("");
            if (UUID.matcher(id).matches() && ids.size() < MAX_PER_LIST && !ids.contains(id)) {
                ids.add(id);
            }
        }
        List<String> everywhere = new ArrayList<>();
        collect(page, everywhere);
        for (String id : everywhere) {
            if (all.size() < 2_000 && !all.contains(id)) {
                all.add(id);
            }
        }
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isTextual() && UUID.matcher(node.asText()).matches()) {
            into.add(node.asText());
        }
        node.forEach(child -> collect(child, into));
    }

    /** An id from the list at {@code listPath} when there is one, else any known id, else a new random one. */
    public String pick(String listPath, Random random) {
        List<String> ids = byList.getOrDefault(listPath, List.of());
        if (!ids.isEmpty() && random.nextInt(4) > 0) {
            return ids.get(random.nextInt(ids.size()));
        }
        if (!all.isEmpty() && random.nextBoolean()) {
            return all.get(random.nextInt(all.size()));
        }
        return java.util.UUID.randomUUID().toString();
    }

    public int size() {
        return all.size();
    }
}
