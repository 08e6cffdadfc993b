package org.hamyar.api.validation;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * The field a Bean Validation violation names, written as the client wrote it in JSON:
 * {@code parties[1].organizationId}, {@code objectives[0]}. The method and argument a violation was
 * validated through are dropped ({@code create.request.parties[1].name} is {@code parties[1].name});
 * a lone parameter keeps its name ({@code list.size} is {@code size}); a violation of the whole
 * body is {@value #WHOLE_BODY}.
 */
public final class FieldPaths {

    public static final String WHOLE_BODY = "body";

    private FieldPaths() {
    }

    public static String of(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        for (Path.Node node : propertyPath) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
                    && node.getKind() != ElementKind.CROSS_PARAMETER) {
                nodes.add(node);
            }
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            String name = node.getName();
            boolean named = name != null && !name.isEmpty() && !name.startsWith("<")
                    && node.getKind() != ElementKind.BEAN && node.getKind() != ElementKind.CONTAINER_ELEMENT;
            if (named) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.isEmpty() ? WHOLE_BODY : field.toString();
    }
}
