package org.hamyar.gateway.security;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.api.problem.ExceptionProblems;
import org.hamyar.api.problem.IdentityProviderFailures;
import org.hamyar.api.problem.RequestInfo;
import org.hamyar.gateway.config.GatewayConfig;
import org.hamyar.gateway.metrics.GatewayMetrics;
import org.hamyar.gateway.problem.GatewayProblems;
import org.hamyar.gateway.ratelimit.ClientLimits;
import org.hamyar.gateway.ratelimit.RateLimiter;
import org.hamyar.gateway.time.Ticker;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Stands before everything under {@code /api}: verifies the caller's Keycloak token (quarkus-oidc,
 * application type {@code service}) and applies the caller's rate limit, then lets the request
 * on to the proxy or the gateway's own views.
 *
 * <p>The token is verified here, not by an HTTP permission policy, so that both refusals are the
 * problem+json of api-conventions with a request id: 401 with {@code WWW-Authenticate: Bearer}
 * for a missing or invalid token ({@code error="invalid_token"} for the latter), 429 with
 * {@code Retry-After}; 503 {@code identity-provider-unavailable} with {@code Retry-After} when the
 * token could not be checked because Keycloak cannot be reached. Callers without a valid token are limited by address, so a flood of bad
 * tokens is throttled too. Roles are the services' business (each verifies the token again and
 * knows its rules); the gateway checks roles only on its own views.
 */
@ApplicationScoped
public class ApiGuard implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ApiGuard.class);

    private final RateLimiter limiter;
    private final ClientLimits limits;
    private final boolean limiting;
    private final ExceptionProblems problems;
    private final GatewayMetrics metrics;
    private final Vertx vertx;
    private final long evictionTimer;

    @Inject
    public ApiGuard(GatewayConfig config, ExceptionProblems problems, GatewayMetrics metrics, Vertx vertx,
                    Ticker ticker) {
        GatewayConfig.RateLimit rateLimit = config.rateLimit();
        this.limiter = new RateLimiter(rateLimit.requestsPerSecond(), rateLimit.burst(), rateLimit.maxClients(),
                ticker);
        this.limits = ClientLimits.parse(new ClientLimits.Limit(rateLimit.requestsPerSecond(), rateLimit.burst()),
                rateLimit.clients().orElse(List.of()));
        this.limiting = rateLimit.enabled();
        this.problems = problems;
        this.metrics = metrics;
        this.vertx = vertx;
        this.evictionTimer = vertx.setPeriodic(rateLimit.evictionInterval().toMillis(), ignored -> limiter.evictIdle());
    }

    /** Quarkus would answer a refused token itself (an empty 401); the guard answers instead. */
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_THE_GUARD = (context, failure) -> {
    };

    @Override
    public void handle(RoutingContext context) {
        Context requestContext = Vertx.currentContext();
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_THE_GUARD);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> onRequestContext(requestContext, () -> decide(context, identity, null)),
                failure -> onRequestContext(requestContext, () -> decide(context, null, failure)));
    }

    private void decide(RoutingContext context, SecurityIdentity identity, Throwable failure) {
        boolean authenticated = identity != null && !identity.isAnonymous();
        if (limiting) {
            // a signed-in caller at its OAuth client's rate (a partner's system may have its own), anyone else at the default
            RateLimiter.Decision decision = authenticated
                    ? limiter.tryAcquire(ClientKeys.of(identity), limits.of(ClientKeys.clientId(identity)))
                    : limiter.tryAcquire(ClientKeys.ofAddress(addressOf(context)));
            if (!decision.allowed()) {
                metrics.rejected("rate-limited");
                GatewayProblems.answer(context, GatewayProblems.rateLimited(decision.retryAfterSeconds()));
                return;
            }
        }
        if (!authenticated && IdentityProviderFailures.isProviderUnavailable(failure)) {
            // Keycloak cannot be reached, so the token could not be checked: 503, and the client keeps its token
            metrics.rejected(IdentityProviderFailures.IDENTITY_PROVIDER_UNAVAILABLE);
            GatewayProblems.answer(context, problems.classifyAndLog(failure, RequestInfo.of(context)));
            return;
        }
        if (!authenticated) {
            if (failure != null) {
                LOG.debugf("token refused for %s: %s", context.normalizedPath(), failure.getMessage());
            }
            metrics.rejected("unauthorized");
            // whatever the reason, a caller the guard does not let in is a 401: a refused token says so
            // in its challenge, any other failure (none, an anonymous request) asks for a token
            Throwable refusal = failure instanceof AuthenticationFailedException ? failure : new UnauthorizedException();
            GatewayProblems.answer(context, problems.classify(refusal));
            return;
        }
        context.next();
    }

    /** Identity verification may finish on another thread; routing continues on the request's event loop. */
    private static void onRequestContext(Context requestContext, Runnable step) {
        if (requestContext == null || Vertx.currentContext() == requestContext) {
            step.run();
        } else {
            requestContext.runOnContext(ignored -> step.run());
        }
    }

    private static String addressOf(RoutingContext context) {
        SocketAddress address = context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    /** Clients with a bucket of their own (for tests and diagnostics). */
    public int trackedClients() {
        return limiter.trackedClients();
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(evictionTimer);
    }
}
