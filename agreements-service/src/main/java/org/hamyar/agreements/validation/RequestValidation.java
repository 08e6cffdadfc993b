package org.hamyar.agreements.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.FieldViolation;

/**
 * Checks a request body once, completely: its shape (Bean Validation annotations on the record)
 * and the domain's rules together, so that the answer names every broken field rather than
 * stopping at the first kind of mistake.
 */
@ApplicationScoped
public class RequestValidation {

    private final Validator validator;

    RequestValidation(Validator validator) {
        this.validator = validator;
    }

    /** The body's shape violations, with messages already in the caller's language. */
    public List<FieldViolation> shape(Object body) {
        if (body == null) {
            throw new DomainProblem(400, "missing-body", "Missing body", "This request needs a JSON body");
        }
        return validator.validate(body).stream()
                .map(v -> new FieldViolation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    /** Throws one 422 naming every shape and rule violation, if there are any. */
    public void require(List<FieldViolation> shape, List<Violation> rules) {
        if (!shape.isEmpty() || !rules.isEmpty()) {
            throw new InvalidRequest(shape, rules);
        }
    }

    /**
     * The JSON path of a violation: {@code parties[1].organizationId}; an element of a list of
     * strings is {@code objectives[0]}.
     */
    static String field(Path path) {
        var field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
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
        return field.isEmpty() ? "body" : field.toString();
    }
}
