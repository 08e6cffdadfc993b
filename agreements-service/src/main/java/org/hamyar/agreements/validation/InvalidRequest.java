package org.hamyar.agreements.validation;

import java.util.List;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.FieldViolation;

/**
 * 422 {@code validation-failed}: the body parsed, but fields break the shape or the rules of the
 * domain. Carries every violation at once, each message a key of {@code messages/problems}.
 */
public final class InvalidRequest extends DomainProblem {

    /**
     * @param shape Bean Validation's violations, their messages already in the caller's language
     * @param rules the domain rules' violations, their messages keys of the bundle
     */
    public InvalidRequest(List<FieldViolation> shape, List<Violation> rules) {
        super(422, "validation-failed", "Validation failed",
                "{0,choice,1#One field of the request is|1<{0} fields of the request are} invalid",
                shape.size() + rules.size());
        for (FieldViolation violation : shape) {
            withField(violation.field(), violation.message());
        }
        for (Violation violation : rules) {
            withField(violation.field(), "{" + violation.key() + "}", violation.args().toArray());
        }
    }

    public static InvalidRequest of(String field, String key, Object... args) {
        return new InvalidRequest(List.of(), List.of(Violation.of(field, key, args)));
    }
}
