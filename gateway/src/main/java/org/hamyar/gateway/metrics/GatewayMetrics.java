package org.hamyar.gateway.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.gateway.routing.DownstreamService;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The gateway's own meters on {@code /q/metrics}:
 * <ul>
 * <li>{@code hamyar_gateway_proxied_requests_seconds{service,status}}: every proxied request by
 * service and the status its caller got (a service's own, or the gateway's 502/503/504/413),
 * with its latency;</li>
 * <li>{@code hamyar_gateway_rejected_requests_total{reason}}: requests refused before routing
 * ({@code unauthorized}, {@code rate-limited});</li>
 * <li>{@code hamyar_gateway_circuit_breaker_state{service}} (see {@code Downstreams}).</li>
 * </ul>
 * Quarkus' generic HTTP server meters are off (application.properties): tagged by raw path, the
 * proxied paths with their ids would grow without bound.
 */
@ApplicationScoped
public class GatewayMetrics {

    private final MeterRegistry registry;
    // looked up on every proxied request: one map read instead of building a meter id each time
    private final Map<DownstreamService, Map<Integer, Timer>> proxied = new EnumMap<>(DownstreamService.class);
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();

    @Inject
    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (DownstreamService service : DownstreamService.values()) {
            proxied.put(service, new ConcurrentHashMap<>());
        }
    }

    public void proxied(DownstreamService service, int status, long nanos) {
        proxied.get(service)
                .computeIfAbsent(status, code -> Timer.builder("hamyar.gateway.proxied.requests")
                        .description("Requests the gateway proxied, by service and the status returned to the caller")
                        .tag("service", service.serviceName())
                        .tag("status", Integer.toString(code))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void rejected(String reason) {
        rejected.computeIfAbsent(reason, why -> Counter.builder("hamyar.gateway.rejected.requests")
                        .description("Requests the gateway refused before routing them")
                        .tag("reason", why)
                        .register(registry))
                .increment();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
