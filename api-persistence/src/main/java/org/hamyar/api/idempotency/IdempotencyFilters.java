package org.hamyar.api.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.api.problem.DomainProblem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code Idempotency-Key} on endpoints marked {@link Idempotent}.
 *
 * <p>A POST with a key claims (key, caller, method, path) together with a hash of its body before
 * the endpoint runs. The first request runs; a 2xx response is stored (status, {@code Location},
 * {@code ETag}, {@code Content-Type}, body), any other outcome releases the key so that the client
 * may retry. A later request with the same key and body gets the stored response with
 * {@code Idempotent-Replayed: true}; with another body, 422 {@code idempotency-key-reused}; while
 * the first still runs, 409 {@code idempotency-key-in-progress}. A POST without the header runs as
 * usual.
 */
public class IdempotencyFilters {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String SCOPE_PROPERTY = IdempotencyFilters.class.getName() + ".scope";
    private static final List<String> STORED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    private final ObjectMapper objectMapper;

    @Inject
    public IdempotencyFilters(IdempotencyStore store, SecurityIdentity identity, ObjectMapper objectMapper) {
        this.store = store;
        this.identity = identity;
        this.objectMapper = objectMapper;
    }

    @Idempotent
    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(KEY_HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new DomainProblem(400, "idempotency-key-invalid", "Invalid idempotency key",
                    "An Idempotency-Key is 1 to {0} visible ASCII characters, such as a UUID", MAX_KEY_LENGTH)
                    .withField(KEY_HEADER, "{idempotency.key}", MAX_KEY_LENGTH);
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("@Idempotent works on blocking endpoints only: " + request.getUriInfo().getPath());
        }
        byte[] body = readBody(request);
        IdempotencyScope scope = new IdempotencyScope(key, caller(), request.getMethod(), pathAndQuery(request));
        Claim claim = store.claim(scope, IdempotencyScope.sha256(body));
        return switch (claim) {
            case Claim.Claimed claimed -> {
                request.setProperty(SCOPE_PROPERTY, scope);
                yield null;
            }
            case Claim.Replay replay -> replay(replay.response());
            case Claim.InProgress inProgress -> throw new DomainProblem(409, "idempotency-key-in-progress",
                    "Request in progress", "The first request with this Idempotency-Key is still running; retry shortly")
                    .withHeader("Retry-After", "1");
            case Claim.Reused reused -> throw new DomainProblem(422, "idempotency-key-reused",
                    "Idempotency key reused", "This Idempotency-Key was already used for a request with a different body");
        };
    }

    @Idempotent
    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SCOPE_PROPERTY) instanceof IdempotencyScope scope)) {
            return;
        }
        request.removeProperty(SCOPE_PROPERTY);
        try {
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                store.complete(scope, stored(response));
            } else {
                store.release(scope);
            }
        } catch (RuntimeException e) {
            // The response is right; only its replay is lost. The claim expires after the in-progress timeout.
            LOG.warnf(e, "Could not record the response for Idempotency-Key %s", scope.key());
        }
    }

    private String caller() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal().getName();
    }

    private static String pathAndQuery(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return query == null ? path : path + "?" + query;
    }

    private static byte[] readBody(ContainerRequestContext request) throws IOException {
        InputStream entity = request.getEntityStream();
        byte[] body = entity == null ? new byte[0] : entity.readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    private StoredResponse stored(ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : STORED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] body;
        if (entity == null) {
            body = null;
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                // The same ObjectMapper Quarkus REST writes the body with, so the replay reads the same.
                body = objectMapper.writeValueAsBytes(entity);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot store the response of an idempotent request", e);
            }
            if (type == null) {
                type = MediaType.APPLICATION_JSON_TYPE;
            }
        }
        if (type != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, type.toString());
        }
        return new StoredResponse(response.getStatus(), headers, body);
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        stored.headers().forEach(response::header);
        if (stored.body() != null) {
            response.entity(stored.body());
        }
        return response.build();
    }
}
