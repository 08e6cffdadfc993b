package org.hamyar.gateway.routing;

import java.net.URI;

import org.hamyar.gateway.resilience.CircuitBreaker;

import io.vertx.core.http.HttpClient;

/** One service as the gateway reaches it: its pooled HTTP client, its base URL and its circuit breaker. */
public record Downstream(DownstreamService service, URI baseUrl, HttpClient client, CircuitBreaker breaker) {

    public String name() {
        return service.serviceName();
    }

    /** {@code http://host:port}, as a service would write it in an absolute {@code Location}. */
    public String origin() {
        return baseUrl.getScheme() + "://" + baseUrl.getAuthority();
    }
}
