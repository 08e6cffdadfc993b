package org.hamyar.api.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a {@link DomainProblem} as an RFC 9457 {@code application/problem+json} body:
 * {@code {type, title, status, detail, instance, requestId, errors: [{field, message}], ...extensions}}
 * with the title, detail and field messages in the client's language.
 */
@ApplicationScoped
public class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Comparator<FieldViolation> BY_FIELD =
            Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message);

    private final ObjectMapper objectMapper;

    @Inject
    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Response toResponse(DomainProblem problem, RequestInfo request) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(toJson(problem, request));
        problem.headers().forEach(response::header);
        return response.build();
    }

    /** The problem body as UTF-8 JSON. */
    public byte[] toJson(DomainProblem problem, RequestInfo request) {
        try {
            return objectMapper.writeValueAsBytes(body(problem, request));
        } catch (JsonProcessingException e) {
            // An extension that cannot be written must not hide the problem itself.
            DomainProblem plain = new DomainProblem(problem.status(), problem.slug(), problem.title(), problem.detail());
            try {
                return objectMapper.writeValueAsBytes(body(plain, request));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The members of the problem body in their documented order. */
    public Map<String, Object> body(DomainProblem problem, RequestInfo request) {
        Locale locale = request.locale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", ProblemTexts.text(locale, problem.slug() + ".title").orElse(problem.title()));
        body.put("status", problem.status());
        body.put("detail", ProblemTexts.text(locale, problem.slug() + ".detail")
                .map(pattern -> DomainProblem.format(pattern, problem.arguments(), locale))
                .orElseGet(problem::detail));
        body.put("instance", request.path());
        body.put("requestId", request.requestId());
        body.put("errors", errors(problem, locale));
        body.putAll(problem.extensions());
        return body;
    }

    private static List<FieldViolation> errors(DomainProblem problem, Locale locale) {
        List<FieldViolation> errors = new ArrayList<>(problem.fields().size());
        for (DomainProblem.Field field : problem.fields()) {
            errors.add(new FieldViolation(field.field(),
                    ProblemTexts.fieldMessage(locale, field.message(), field.arguments())));
        }
        errors.sort(BY_FIELD);
        return errors;
    }
}
