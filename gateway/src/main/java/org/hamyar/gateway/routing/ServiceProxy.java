package org.hamyar.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.api.problem.ExceptionProblems;
import org.hamyar.gateway.config.GatewayConfig;
import org.hamyar.gateway.metrics.GatewayMetrics;
import org.hamyar.gateway.time.Ticker;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The streaming reverse proxy: a request under a service's prefix (docs/product.md §6) goes to
 * that service with its method, path, query, headers and body, and the service's answer comes
 * back as it arrives, status and headers and body untouched (a problem+json from a service passes
 * through as it is). Nothing blocks: it all happens on the request's event loop.
 *
 * <p>The gateway answers itself only when the service cannot: 503 when the service refuses the
 * connection or its circuit breaker is open, 504 when it stays silent past the timeout, 502 when it
 * breaks off, 413 when the body is larger than the path accepts. A caller that hangs up is nobody's
 * failure: it gets no answer, is counted as 499 and leaves the service's breaker as it was.
 */
@ApplicationScoped
public class ServiceProxy implements Handler<RoutingContext> {

    private final Downstreams downstreams;
    private final GatewayMetrics metrics;
    private final ExceptionProblems problems;
    private final Ticker ticker;
    private final ProxyLimits defaults;
    private final ProxyLimits imports;

    /** What one route allows: the body size, the silence of the service, the time the caller has to send its body. */
    record ProxyLimits(long maxBodyBytes, long timeoutMillis, long bodyTimeoutMillis) {
    }

    @Inject
    public ServiceProxy(Downstreams downstreams, GatewayMetrics metrics, ExceptionProblems problems, Ticker ticker,
                        GatewayConfig config) {
        this.downstreams = downstreams;
        this.metrics = metrics;
        this.problems = problems;
        this.ticker = ticker;
        this.defaults = new ProxyLimits(config.proxy().maxBodySize().asLongValue(), config.proxy().timeout().toMillis(),
                config.proxy().bodyTimeout().toMillis());
        this.imports = new ProxyLimits(config.proxy().importMaxBodySize().asLongValue(),
                config.proxy().importTimeout().toMillis(), config.proxy().importBodyTimeout().toMillis());
    }

    @Override
    public void handle(RoutingContext context) {
        String segment = RouteTable.firstSegment(context.normalizedPath());
        DownstreamService service = RouteTable.serviceForSegment(segment);
        if (service == null) {
            // /api/mobile (the gateway's own views) or an unknown path: the resources answer
            context.next();
            return;
        }
        ProxyLimits limits = RouteTable.IMPORTS.equals(segment) ? imports : defaults;
        new ProxyExchange(context, downstreams.of(service), limits, metrics, problems, ticker).start();
    }
}
