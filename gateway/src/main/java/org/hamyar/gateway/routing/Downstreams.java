package org.hamyar.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.gateway.config.GatewayConfig;
import org.hamyar.gateway.metrics.GatewayMetrics;
import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.time.Ticker;

import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

/**
 * The three services, each with one pooled, keep-alive HTTP client per instance (a service may run
 * as several replicas: its URL setting lists them, comma-separated) and one circuit breaker shared
 * by the proxy, the aggregated views and the merged OpenAPI document.
 */
@ApplicationScoped
public class Downstreams {

    private final Map<DownstreamService, Downstream> byService = new EnumMap<>(DownstreamService.class);

    @Inject
    public Downstreams(Vertx vertx, GatewayConfig config, GatewayMetrics metrics, Ticker ticker) {
        add(vertx, config, metrics, ticker, DownstreamService.AGREEMENTS, config.services().agreements());
        add(vertx, config, metrics, ticker, DownstreamService.BENEFICIARIES, config.services().beneficiaries());
        add(vertx, config, metrics, ticker, DownstreamService.DONORS, config.services().donors());
    }

    private void add(Vertx vertx, GatewayConfig config, GatewayMetrics metrics, Ticker ticker,
                     DownstreamService service, List<URI> urls) {
        List<Downstream.Instance> instances = new ArrayList<>();
        for (URI url : urls) {
            instances.add(new Downstream.Instance(url, client(vertx, config, service, url)));
        }
        CircuitBreaker breaker = new CircuitBreaker(config.breaker().failureThreshold(),
                config.breaker().openDuration(), ticker);
        byService.put(service, new Downstream(service, instances, breaker, ticker,
                config.proxy().refusedPause().toNanos()));
        Gauge.builder("hamyar.gateway.circuit.breaker.state", breaker, b -> b.state().ordinal())
                .description("0 closed, 1 open, 2 half-open")
                .tag("service", service.serviceName())
                .register(metrics.registry());
    }

    private static HttpClient client(Vertx vertx, GatewayConfig config, DownstreamService service, URI url) {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        HttpClientOptions options = new HttpClientOptions()
                .setName("hamyar-gateway-" + service.serviceName())
                .setDefaultHost(url.getHost())
                .setDefaultPort(port)
                .setSsl(tls)
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setMaxPoolSize(config.proxy().maxConnectionsPerService())
                .setMaxWaitQueueSize(config.proxy().maxWaitQueue())
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                // the proxy copies bodies as they are: a service's gzip stays gzip for the caller
                .setDecompressionSupported(false);
        return vertx.createHttpClient(options);
    }

    public Downstream of(DownstreamService service) {
        return byService.get(service);
    }

    public Iterable<Downstream> all() {
        return byService.values();
    }

    @PreDestroy
    void close() {
        byService.values().forEach(downstream -> downstream.instances().forEach(instance -> instance.client().close()));
    }
}
