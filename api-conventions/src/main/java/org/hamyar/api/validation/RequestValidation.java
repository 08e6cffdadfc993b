package org.hamyar.api.validation;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.FieldViolation;

/**
 * Checks a request body once, completely: its shape (Bean Validation annotations on the record)
 * and the service's field rules together, so that the answer names every broken field rather
 * than stopping at the first kind of mistake. Bean Validation through {@code @Valid} on a resource
 * parameter answers the same problem ({@link InvalidRequest}); this is for bodies whose rules need
 * code as well.
 *
 * <pre>{@code
 * validation.require(validation.shape(request), TermsRules.check(request));
 * }</pre>
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
                .map(v -> new FieldViolation(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }

    /** Throws one {@link InvalidRequest} naming every shape and rule violation, if there are any. */
    public void require(List<FieldViolation> shape, List<Violation> rules) {
        if (!shape.isEmpty() || !rules.isEmpty()) {
            throw new InvalidRequest(shape, rules);
        }
    }

    /** {@link #require} for a body without field rules. */
    public void require(Object body) {
        require(shape(body), List.of());
    }
}
