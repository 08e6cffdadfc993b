package org.hamyar.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

import io.vertx.core.http.ConnectionPoolTooBusyException;

/** What went wrong when the gateway called a service, as the caller and the breaker need to know it. */
public enum Failures {
    /** No connection: refused, unknown host, connect timeout. */
    UNREACHABLE,
    /** Connected, then silent beyond the timeout. */
    TIMEOUT,
    /** Every pooled connection busy and the wait queue full: the gateway, not the service, is saturated. */
    SATURATED,
    /** The exchange broke off (reset, closed, malformed). */
    BROKEN;

    public static Failures classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // netty's connect timeout is a ConnectException too
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return UNREACHABLE;
            }
            if (cause instanceof TimeoutException) {
                return TIMEOUT;
            }
            if (cause instanceof ConnectionPoolTooBusyException) {
                return SATURATED;
            }
            if (cause instanceof ClosedChannelException) {
                return BROKEN;
            }
        }
        return BROKEN;
    }

    /** Whether this failure says something about the service's health (and so counts for its breaker). */
    public boolean countsAgainstService() {
        return this != SATURATED;
    }

    /** A service's own answer that says it is unwell (counts for its breaker like a failure). */
    public static boolean isUnwellStatus(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
