package org.hamyar.api.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.hamyar.api.validation.FieldPaths;
import org.hamyar.api.validation.InvalidRequest;

/**
 * Bean Validation failures of a resource's parameters as one {@link InvalidRequest}, listing every
 * violated field by the path the client wrote, with Hibernate Validator's message for the client's
 * language.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    /** The problem, or null when a return value failed validation: that is the service's fault, not the client's. */
    static DomainProblem of(ConstraintViolationException e) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(ValidationProblems::onReturnValue)) {
            return null;
        }
        List<FieldViolation> fields = violations.stream()
                .map(v -> new FieldViolation(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return new InvalidRequest(fields, List.of());
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
