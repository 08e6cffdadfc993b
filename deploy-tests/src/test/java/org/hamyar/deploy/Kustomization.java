package org.hamyar.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, for the few features deploy/kubernetes/
 * uses: {@code resources} (files and other kustomizations), {@code configMapGenerator} (literals, and
 * {@code behavior: merge} onto a base's generator) and {@code images}. Any other field is refused, so a
 * manifest that needs a feature this renderer lacks fails the test instead of being checked half. Generated
 * ConfigMaps keep their plain names here (kustomize appends a content hash and rewrites the references).
 */
final class Kustomization {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "configMapGenerator", "images");

    private Kustomization() {
    }

    /** The resources the kustomization in {@code directory} produces, in order. */
    static List<Map<String, Object>> render(Path directory) throws IOException {
        Map<String, Object> kustomization = load(directory.resolve("kustomization.yaml")).getFirst();
        if (!SUPPORTED.containsAll(kustomization.keySet())) {
            throw new IllegalStateException(directory + ": fields this renderer does not support: " + kustomization.keySet());
        }
        if (!"Kustomization".equals(kustomization.get("kind"))
                || !"kustomize.config.k8s.io/v1beta1".equals(kustomization.get("apiVersion"))) {
            throw new IllegalStateException(directory + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path resource = directory.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                rendered.addAll(render(resource));
            } else if (Files.isRegularFile(resource)) {
                rendered.addAll(load(resource));
            } else {
                throw new IllegalStateException(directory + ": resource " + entry + " does not exist");
            }
        }
        for (Object generator : list(kustomization.get("configMapGenerator"))) {
            generate(directory, map(generator), rendered);
        }
        for (Object image : list(kustomization.get("images"))) {
            setImage(map(image), rendered);
        }
        return rendered;
    }

    @SuppressWarnings("unchecked")
    private static void generate(Path directory, Map<String, Object> generator, List<Map<String, Object>> rendered) {
        String name = String.valueOf(generator.get("name"));
        String behavior = String.valueOf(generator.getOrDefault("behavior", "create"));
        if (!Set.of("name", "behavior", "literals").containsAll(generator.keySet())) {
            throw new IllegalStateException(directory + ": configMapGenerator fields this renderer does not support: " + generator.keySet());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object literal : list(generator.get("literals"))) {
            String text = String.valueOf(literal);
            int equals = text.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException(directory + ": literal without a key: " + text);
            }
            data.put(text.substring(0, equals), text.substring(equals + 1));
        }
        Map<String, Object> existing = rendered.stream()
                .filter(r -> "ConfigMap".equals(r.get("kind")) && name.equals(name(r))).findFirst().orElse(null);
        switch (behavior) {
            case "create" -> {
                if (existing != null) {
                    throw new IllegalStateException(directory + ": ConfigMap " + name + " exists already (use behavior: merge)");
                }
                Map<String, Object> configMap = new LinkedHashMap<>();
                configMap.put("apiVersion", "v1");
                configMap.put("kind", "ConfigMap");
                configMap.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
                configMap.put("data", data);
                rendered.add(configMap);
            }
            case "merge" -> {
                if (existing == null) {
                    throw new IllegalStateException(directory + ": merge into ConfigMap " + name + ", which no base generates");
                }
                ((Map<String, Object>) existing.get("data")).putAll(data);
            }
            default -> throw new IllegalStateException(directory + ": unsupported generator behavior " + behavior);
        }
    }

    @SuppressWarnings("unchecked")
    private static void setImage(Map<String, Object> image, List<Map<String, Object>> rendered) {
        String name = String.valueOf(image.get("name"));
        for (Map<String, Object> resource : rendered) {
            if (!"Deployment".equals(resource.get("kind"))) {
                continue;
            }
            Map<String, Object> podSpec = map(map(map(resource.get("spec")).get("template")).get("spec"));
            for (Object container : list(podSpec.get("containers"))) {
                Map<String, Object> c = (Map<String, Object>) container;
                String current = String.valueOf(c.get("image"));
                String currentName = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                String tag = current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "latest";
                if (currentName.equals(name)) {
                    c.put("image", image.getOrDefault("newName", name) + ":" + image.getOrDefault("newTag", tag));
                }
            }
        }
    }

    static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(map(resource.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }
}
