package org.hamyar.api.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Bean Validation failures as one 400 problem listing every violated field by the path the client
 * wrote ({@code parties[1].organizationId}), with Hibernate Validator's message for the client's
 * language.
 */
final class ValidationProblems {

    static final String VALIDATION_FAILED = "validation-failed";

    private ValidationProblems() {
    }

    /** The problem, or null when a return value failed validation: that is the service's fault, not the client's. */
    static DomainProblem of(ConstraintViolationException e) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(ValidationProblems::onReturnValue)) {
            return null;
        }
        DomainProblem problem = new DomainProblem(400, VALIDATION_FAILED, "Validation failed",
                "{0,choice,1#One field of the request is|1<{0} fields of the request are} invalid", violations.size());
        for (ConstraintViolation<?> violation : violations) {
            problem.withField(field(violation.getPropertyPath()), violation.getMessage());
        }
        return problem;
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path without the method and argument it was validated through: {@code create.request.parties[1].name}
     * becomes {@code parties[1].name}; a lone parameter ({@code list.size}) keeps its name ({@code size}).
     */
    static String field(Path propertyPath) {
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
        return field.isEmpty() ? JsonProblems.WHOLE_BODY : field.toString();
    }
}
