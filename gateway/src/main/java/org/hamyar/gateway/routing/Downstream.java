package org.hamyar.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.time.Ticker;

import io.vertx.core.http.HttpClient;

/**
 * One service as the gateway reaches it: its instances (one or more replicas, each with its pooled
 * HTTP client), and its one circuit breaker. Requests go round the instances in turn; an instance
 * that refused a connection is passed over for {@code refusedPause} (when another one is left), so
 * that a replica that died or restarts costs its share of callers one refused connect each, not
 * every other request.
 */
public final class Downstream {

    /** One replica of the service. */
    public record Instance(URI baseUrl, HttpClient client) {

        /** {@code http://host:port}, as the instance would write it in an absolute {@code Location}. */
        public String origin() {
            return baseUrl.getScheme() + "://" + baseUrl.getAuthority();
        }
    }

    private final DownstreamService service;
    private final List<Instance> instances;
    private final CircuitBreaker breaker;
    private final Ticker ticker;
    private final long refusedPauseNanos;
    private final AtomicInteger turn = new AtomicInteger();
    /** Per instance: until when (ticker nanos) it is passed over; 0 when it is not. */
    private final AtomicLongArray passedOverUntil;

    public Downstream(DownstreamService service, List<Instance> instances, CircuitBreaker breaker,
                      Ticker ticker, long refusedPauseNanos) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException(service.serviceName() + " has no instance");
        }
        this.service = service;
        this.instances = List.copyOf(instances);
        this.breaker = breaker;
        this.ticker = ticker;
        this.refusedPauseNanos = refusedPauseNanos;
        this.passedOverUntil = new AtomicLongArray(instances.size());
    }

    public DownstreamService service() {
        return service;
    }

    public String name() {
        return service.serviceName();
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public List<Instance> instances() {
        return instances;
    }

    /** The next instance in turn, passing over those that refused a connection lately (unless all did). */
    public Instance pick() {
        int size = instances.size();
        int start = Math.floorMod(turn.getAndIncrement(), size);
        if (size == 1) {
            return instances.get(0);
        }
        long now = ticker.nanoTime();
        for (int i = 0; i < size; i++) {
            int index = (start + i) % size;
            long until = passedOverUntil.get(index);
            if (until == 0 || now - until >= 0) {
                return instances.get(index);
            }
        }
        return instances.get(start);
    }

    /** Another instance than {@code tried} for a second attempt, or {@code tried} itself when it is the only one. */
    public Instance other(Instance tried) {
        int size = instances.size();
        if (size == 1) {
            return tried;
        }
        int triedIndex = instances.indexOf(tried);
        long now = ticker.nanoTime();
        for (int i = 1; i < size; i++) {
            int index = (triedIndex + i) % size;
            long until = passedOverUntil.get(index);
            if (until == 0 || now - until >= 0) {
                return instances.get(index);
            }
        }
        return instances.get((triedIndex + 1) % size);
    }

    /** The instance refused a connection: pass it over for a while. */
    public void refused(Instance instance) {
        int index = instances.indexOf(instance);
        if (index >= 0 && instances.size() > 1) {
            passedOverUntil.set(index, ticker.nanoTime() + refusedPauseNanos);
        }
    }

    /** A pooled client of the next instance, for the views, the probes and the merged document. */
    public HttpClient client() {
        return pick().client();
    }

    /** The first instance's base URL (the only one, unless the service runs as replicas). */
    public URI baseUrl() {
        return instances.get(0).baseUrl();
    }
}
