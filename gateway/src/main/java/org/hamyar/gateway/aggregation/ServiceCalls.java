package org.hamyar.gateway.aggregation;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.gateway.aggregation.ServiceReply.Answered;
import org.hamyar.gateway.aggregation.ServiceReply.Missing;
import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.routing.Downstream;
import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.routing.Downstreams;
import org.hamyar.gateway.routing.Failures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * JSON reads from the services for the gateway's own views and documents, through the same pooled
 * clients and circuit breakers as the proxy, each with a deadline. The result is always a
 * {@link ServiceReply}: a view built from several services answers with what it has.
 */
@ApplicationScoped
public class ServiceCalls {

    private final Downstreams downstreams;
    private final ObjectMapper json;

    @Inject
    public ServiceCalls(Downstreams downstreams, ObjectMapper json) {
        this.downstreams = downstreams;
        this.json = json;
    }

    /**
     * GETs {@code uri} from the service with the given headers (pass the caller's
     * {@code Authorization} and {@code X-Request-Id}: services trust no one) within {@code deadline}.
     */
    public Uni<ServiceReply> getJson(DownstreamService service, String uri, MultiMap headers, Duration deadline) {
        Downstream downstream = downstreams.of(service);
        CircuitBreaker.Admission admission = downstream.breaker().tryAcquire();
        if (!admission.admitted()) {
            return Uni.createFrom().item(new Missing(service, "circuit-open"));
        }
        MultiMap requestHeaders = MultiMap.caseInsensitiveMultiMap().addAll(headers).set("Accept", "application/json");
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setURI(uri)
                .setHeaders(requestHeaders)
                .setIdleTimeout(deadline.toMillis());
        Uni<ServiceReply> call = Uni.createFrom().emitter(emitter -> downstream.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> read(service, response.statusCode(), body.getBytes())))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        ServiceReply reply = done.result();
                        boolean unwell = reply instanceof Answered answered && Failures.isUnwellStatus(answered.status());
                        if (unwell) {
                            downstream.breaker().onFailure(admission);
                            emitter.complete(new Missing(service, "unwell"));
                        } else {
                            downstream.breaker().onSuccess(admission);
                            emitter.complete(reply);
                        }
                    } else {
                        Failures kind = Failures.classify(done.cause());
                        if (kind.countsAgainstService()) {
                            downstream.breaker().onFailure(admission);
                        } else {
                            downstream.breaker().onAbandoned(admission);
                        }
                        emitter.complete(new Missing(service, kind.name().toLowerCase(Locale.ROOT)));
                    }
                }));
        // the idle timeout ends a silent call; this ends one that trickles
        return call.ifNoItem().after(deadline.plusMillis(250)).recoverWithItem(() -> new Missing(service, "timeout"));
    }

    private ServiceReply read(DownstreamService service, int status, byte[] body) {
        if (body.length == 0) {
            return new Answered(service, status, null);
        }
        try {
            JsonNode node = json.readTree(body);
            return new Answered(service, status, node);
        } catch (IOException notJson) {
            return new Missing(service, "malformed");
        }
    }
}
