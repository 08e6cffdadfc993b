package org.hamyar.api.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpClosedException;

/**
 * Tells a token that could not be verified because the identity provider (Keycloak) could not be
 * reached from a token that is bad.
 *
 * <p>quarkus-oidc reports both as a failed authentication. It verifies a token locally with the
 * realm's keys, and calls Keycloak only to discover the realm (when the application started while
 * Keycloak was away, at the first request after) and to fetch the keys again (a token signed with a
 * key id it does not know). When such a call cannot reach Keycloak, the failure carries the
 * connection error as its cause: an {@link OIDCException} "OIDC Server is not available" for the
 * discovery, an {@link AuthenticationFailedException} for the key refresh. A token that is bad
 * (signature, expiry, audience, issuer) fails with a jose4j error and no connection error. So the
 * cause chain decides: a connection refused, a timeout, a connection cut, or Keycloak answering
 * 5xx is the provider's outage, and the caller's token may well be good — 503 with
 * {@code Retry-After}, never a 401 that would send a client to sign in again.
 */
public final class IdentityProviderFailures {

    /** The problem's slug: {@code urn:hamyar:problem:identity-provider-unavailable}. */
    public static final String IDENTITY_PROVIDER_UNAVAILABLE = "identity-provider-unavailable";
    /** A Keycloak restart takes some seconds; a client retrying sooner only adds load. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private static final int MAX_CAUSE_DEPTH = 16;

    private IdentityProviderFailures() {
    }

    /** True when {@code failure} is an authentication that failed because Keycloak could not be reached. */
    public static boolean isProviderUnavailable(Throwable failure) {
        if (!(failure instanceof AuthenticationFailedException || failure instanceof OIDCException)) {
            return false;
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (isUnreachable(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /** 503: the token cannot be verified now; the same request may succeed in a few seconds. */
    public static DomainProblem unavailable() {
        return new DomainProblem(503, IDENTITY_PROVIDER_UNAVAILABLE, "Identity provider unavailable",
                "The sign-in service cannot be reached, so the access token cannot be verified now; retry in {0,number,#} seconds.",
                RETRY_AFTER_SECONDS)
                .with("retryAfter", RETRY_AFTER_SECONDS)
                .withHeader("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
    }

    private static boolean isUnreachable(Throwable cause) {
        return cause instanceof ConnectException // refused, or no answer to connect (netty's subclasses)
                || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException
                || cause instanceof SocketTimeoutException
                || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof io.smallrye.mutiny.TimeoutException
                || cause instanceof HttpClosedException
                || cause instanceof ClosedChannelException
                || cause instanceof OidcEndpointAccessException access && access.getErrorStatus() >= 500;
    }
}
