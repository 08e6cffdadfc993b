package org.hamyar.agreements;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.hamyar.api.problem.FieldViolation;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violation;

/**
 * What a request body asks for, in the domain's terms, with the shape check of the API record it
 * arrived as. A resource maps its API record to the domain input and hands both to the service; the
 * service checks access first (404, 403, 409 come before a field problem, as they always did), then
 * runs its field rules and {@link #require}s them together with the shape, so that one 400
 * {@code validation-failed} names every broken field. The service never sees the API record.
 *
 * @param <T> the domain input, such as {@code Terms} or {@code Signature}
 */
public final class Submission<T> {

    private final Object body;
    private final T content;
    private final RequestValidation validation;
    private List<FieldViolation> shape;

    private Submission(Object body, T content, RequestValidation validation) {
        this.body = body;
        this.content = content;
        this.validation = validation;
    }

    /**
     * @param body     the API record as the client sent it, null without a body
     * @param toDomain its explicit mapper to the domain input; it must accept a record whose shape is
     *                 broken (null fields), since the rules run on it too
     */
    public static <B, T> Submission<T> of(B body, RequestValidation validation, Function<? super B, T> toDomain) {
        Objects.requireNonNull(validation, "validation");
        return new Submission<>(body, body == null ? null : toDomain.apply(body), validation);
    }

    /**
     * The domain input.
     *
     * @throws org.hamyar.api.problem.DomainProblem 400 {@code missing-body} when the request had none
     */
    public T content() {
        shape();
        return content;
    }

    /** Throws one 400 {@code validation-failed} naming every shape and rule violation, if there are any. */
    public void require(List<Violation> rules) {
        validation.require(shape(), rules);
    }

    private List<FieldViolation> shape() {
        if (shape == null) {
            shape = validation.shape(body);
        }
        return shape;
    }
}
