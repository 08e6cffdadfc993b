package org.hamyar.gateway.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.hamyar.gateway.requestid.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes the gateway's own errors as RFC 9457 {@code application/problem+json}, in the shape every
 * Hamyar service uses: {@code {type, title, status, detail, instance, requestId, errors, ...}}.
 */
@ApplicationScoped
public class ProblemWriter {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    @Inject
    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Answers the request with the problem; a response already under way is cut off instead. */
    public void write(RoutingContext context, GatewayProblem problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            // the status line has gone out: the only honest signal left is a broken exchange
            response.reset();
            return;
        }
        byte[] body = body(problem, context.normalizedPath(), RequestIds.of(context),
                context.request().getHeader("Accept-Language"));
        response.setStatusCode(problem.status());
        response.headers().set("Content-Type", PROBLEM_JSON);
        problem.headers().forEach((name, value) -> response.headers().set(name, value));
        response.end(Buffer.buffer(body));
    }

    /** The same problem as a JAX-RS response, for the gateway's own resources. */
    public Response toResponse(GatewayProblem problem, String instance, String requestId, String acceptLanguage) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(body(problem, instance, requestId, acceptLanguage));
        problem.headers().forEach(response::header);
        return response.build();
    }

    public byte[] body(GatewayProblem problem, String instance, String requestId, String acceptLanguage) {
        Locale locale = ProblemTexts.locale(acceptLanguage);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", ProblemTexts.title(problem, locale));
        body.put("status", problem.status());
        String detail = ProblemTexts.detail(problem, locale);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", instance);
        body.put("requestId", requestId);
        body.put("errors", List.of());
        body.putAll(problem.extensions());
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            // a map of strings and numbers always serialises
            throw new IllegalStateException(impossible);
        }
    }
}
