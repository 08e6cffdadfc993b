package org.hamyar.api.validation;

import java.util.List;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.FieldViolation;

/**
 * 400 {@code validation-failed}: the request's fields break their shape (Bean Validation) or a
 * rule about the fields themselves (an end before its start, a party named twice). It carries
 * every violation at once. A rule of the domain that a well-formed request breaks (an overlap, an
 * invalid transition, an exhausted fund) is not this problem: it has a type and status of its own.
 */
public final class InvalidRequest extends DomainProblem {

    public static final String TYPE = "validation-failed";

    /**
     * @param shape Bean Validation's violations, their messages already in the caller's language
     * @param rules the field rules' violations, their messages keys of the service's bundle
     *              {@code messages/problems}
     */
    public InvalidRequest(List<FieldViolation> shape, List<Violation> rules) {
        super(400, TYPE, "Validation failed",
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
