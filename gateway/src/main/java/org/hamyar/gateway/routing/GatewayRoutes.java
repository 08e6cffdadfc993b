package org.hamyar.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hamyar.gateway.security.ApiGuard;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;

/**
 * The order of things under {@code /api}: the request id (a filter, first of all), CORS (Quarkus'
 * filter, which answers preflights itself), then the guard (token, rate limit), then the proxy for
 * the services' prefixes; whatever the proxy does not own ({@code /api/mobile}, unknown paths) goes
 * on to the gateway's own resources.
 */
@ApplicationScoped
public class GatewayRoutes {

    private final ApiGuard guard;
    private final ServiceProxy proxy;

    @Inject
    public GatewayRoutes(ApiGuard guard, ServiceProxy proxy) {
        this.guard = guard;
        this.proxy = proxy;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(guard);
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1).handler(proxy);
    }
}
