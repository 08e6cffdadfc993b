package org.hamyar.gateway.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.hamyar.gateway.routing.Downstream;
import org.hamyar.gateway.routing.Downstreams;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The services as the gateway sees them, on {@code /q/health/group/downstreams}: each one's own
 * readiness and its circuit breaker.
 *
 * <p>Deliberately a group of its own, not readiness: a gateway whose services are down is still
 * the right place to send traffic (it answers quickly with a partial view or a 503 that says what
 * is missing), and taking every gateway replica out of the load balancer would turn one service's
 * outage into a total one.
 */
@HealthGroup("downstreams")
@ApplicationScoped
public class DownstreamsHealthCheck implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    Downstreams downstreams;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Boolean>> probes = new ArrayList<>();
        List<Downstream> services = new ArrayList<>();
        for (Downstream downstream : downstreams.all()) {
            services.add(downstream);
            probes.add(probe(downstream));
        }
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage())
                .onFailure().recoverWithNull()
                .map(ignored -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("downstreams").up();
                    for (int i = 0; i < services.size(); i++) {
                        Downstream downstream = services.get(i);
                        boolean up = Boolean.TRUE.equals(probes.get(i).result());
                        response.withData(downstream.name(), (up ? "UP" : "DOWN") + ", breaker "
                                + downstream.breaker().state() + ", " + downstream.baseUrl());
                        if (!up) {
                            response.down();
                        }
                    }
                    return response.build();
                });
    }

    /** The service's {@code /q/health/ready}, outside the breaker: this is to see, not to protect. */
    private static Future<Boolean> probe(Downstream downstream) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setURI("/q/health/ready")
                .setIdleTimeout(PROBE_TIMEOUT.toMillis());
        return downstream.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200))
                .otherwise(false);
    }
}
