package org.hamyar.gateway.routing;

import org.hamyar.api.problem.ExceptionProblems;
import org.hamyar.gateway.metrics.GatewayMetrics;
import org.hamyar.gateway.problem.GatewayProblems;
import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.routing.ServiceProxy.ProxyLimits;
import org.hamyar.gateway.time.Ticker;
import org.jboss.logging.Logger;

import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * One request on its way through the proxy. Every callback runs on the request's event loop, so
 * the fields need no locking. The breaker hears of each admitted call exactly once.
 */
final class ProxyExchange {

    private static final Logger LOG = Logger.getLogger(ProxyExchange.class);
    /** nginx's code for "the client went away first", so that such requests are visible in the meters. */
    private static final int CLIENT_CLOSED = 499;
    /** What the caller of a response the service broke off got, in effect. */
    private static final int BAD_GATEWAY = 502;

    private final RoutingContext context;
    private final Downstream downstream;
    private final ProxyLimits limits;
    private final GatewayMetrics metrics;
    private final ExceptionProblems problems;
    private final Ticker ticker;
    private final long started;

    private CircuitBreaker.Admission admission;
    private boolean settled;
    private boolean finished;
    private HttpClientRequest toService;
    private LimitedBody body;
    /** The whole request body has gone to the service (or there is none): from now on, silence is the service's. */
    private boolean bodySent;
    private RequestOptions options;
    private long declaredLength;
    /** The replica this attempt goes to. */
    private Downstream.Instance instance;
    /** The request already went out a second time (to another replica, if there is one). */
    private boolean resent;

    ProxyExchange(RoutingContext context, Downstream downstream, ProxyLimits limits,
                  GatewayMetrics metrics, ExceptionProblems problems, Ticker ticker) {
        this.context = context;
        this.downstream = downstream;
        this.limits = limits;
        this.metrics = metrics;
        this.problems = problems;
        this.ticker = ticker;
        this.started = ticker.nanoTime();
    }

    void start() {
        context.addEndHandler(this::finished);
        HttpServerRequest request = context.request();
        declaredLength = declaredLength(request);
        if (declaredLength > limits.maxBodyBytes()) {
            tooLarge();
            return;
        }
        admission = downstream.breaker().tryAcquire();
        if (!admission.admitted()) {
            GatewayProblems.answer(context, GatewayProblems.circuitOpen(downstream.name(), wholeSeconds(admission)));
            return;
        }
        SocketAddress client = request.remoteAddress();
        // While the caller sends its body, the service waits for it in silence: that time is the
        // caller's, bounded by its own limit; the service's silence is counted once the body is out.
        boolean hasBody = declaredLength > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        options = new RequestOptions()
                .setMethod(request.method())
                .setURI(uriOf(context))
                .setIdleTimeout(hasBody ? limits.bodyTimeoutMillis() : limits.timeoutMillis())
                .setHeaders(ForwardedHeaders.toService(request.headers(),
                        client == null ? null : client.hostAddress(), request.scheme()));
        open();
    }

    private void open() {
        instance = instance == null ? downstream.pick() : instance;
        instance.client().request(options).onComplete(opened -> {
            if (opened.succeeded()) {
                send(opened.result(), declaredLength);
            } else {
                failed(opened.cause());
            }
        });
    }

    private void send(HttpClientRequest request, long declaredLength) {
        toService = request;
        // A reset while the body is still going out (the caller hung up, the body grew too large)
        // fails the response too, and failed() deals with it there; without a handler of its own,
        // Vert.x would log every such reset as an ERROR.
        request.exceptionHandler(failure -> LOG.debugf("request to %s for %s ended early: %s", downstream.name(),
                context.normalizedPath(), failure.getMessage()));
        if (finished) {
            // the caller left while the connection was being opened
            request.reset();
            return;
        }
        request.response().onComplete(answer -> {
            if (answer.succeeded()) {
                relay(answer.result());
            } else {
                failed(answer.cause());
            }
        });
        HttpServerRequest incoming = context.request();
        boolean hasBody = declaredLength > 0 || incoming.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!hasBody) {
            bodySent = true;
            request.end();
            return;
        }
        if (declaredLength < 0) {
            request.setChunked(true);
        }
        if ("100-continue".equalsIgnoreCase(incoming.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        body = new LimitedBody(incoming, limits.maxBodyBytes());
        // endOnFailure(false): a body cut short must reach the service as a reset, never as a
        // complete (truncated) request it might act on
        body.pipe().endOnFailure(false).to(request)
                .onSuccess(sent -> {
                    bodySent = true;
                    // The body is out: from now on the silence is the service's. Unless the service has
                    // answered already (a 401 or 403 decided on the head): Vert.x ended the request's timer
                    // with the answer, and one set now would outlive the exchange; firing a timeout later,
                    // it resets a request long done, and Vert.x closes the pooled connection under
                    // whichever request uses it then (a 502 for an innocent caller).
                    if (!request.response().isComplete()) {
                        request.idleTimeout(limits.timeoutMillis());
                    }
                })
                .onFailure(failure -> request.reset(0, failure));
    }

    private void relay(HttpClientResponse answer) {
        int status = answer.statusCode();
        if (Failures.isUnwellStatus(status)) {
            settle(false);
        } else {
            settle(true);
        }
        HttpServerResponse response = context.response();
        if (callerGone()) {
            return;
        }
        response.setStatusCode(status);
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        MultiMap headers = answer.headers();
        ForwardedHeaders.toCaller(headers, response.headers(), instance.origin(), gatewayOriginIfNeeded(headers));
        if (hasNoBody(status)) {
            response.end();
            return;
        }
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        LimitedBody served = LimitedBody.unlimited(answer);
        served.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            // The status line is out: the caller's response can only be cut short, so that it does not
            // pass for whole. Either the service broke off, or the caller hung up and writing to it failed.
            boolean serviceBrokeOff = served.failed();
            if (serviceBrokeOff) {
                LOG.debugf("%s broke off its response to %s: %s", downstream.name(), context.normalizedPath(), failure);
            } else {
                LOG.debugf("the caller of %s hung up during the answer: %s", context.normalizedPath(), failure);
            }
            // Vert.x tells no end handler about a response it is told to reset: the exchange ends here
            ended(serviceBrokeOff ? BAD_GATEWAY : CLIENT_CLOSED);
            response.reset();
            if (toService != null && !served.ended()) {
                // stops what the service is still sending; an answer that arrived whole is left alone:
                // its connection may be back in the pool, and a reset would close it under another request
                toService.reset();
            }
        });
    }

    private void failed(Throwable failure) {
        if (body != null && body.exceeded()) {
            settle(null);
            tooLarge();
            return;
        }
        if (callerGone() || body != null && body.failed()) {
            // the caller hung up (mid-upload, the exchange is reset because of it): nobody reads an
            // answer, and the service did nothing wrong
            settle(null);
            LOG.debugf("%s %s: the caller closed the connection before %s answered", context.request().method(),
                    context.normalizedPath(), downstream.name());
            return;
        }
        Failures kind = Failures.classify(failure);
        if (kind == Failures.UNREACHABLE) {
            downstream.refused(instance);
            if (!resent && body == null && downstream.instances().size() > 1) {
                // nothing reached the refusing replica, and nothing of the caller's body was read:
                // any request may go to another replica
                resent = true;
                LOG.debugf("%s refused a connection for %s %s: trying another replica", instance.origin(),
                        context.request().method(), context.normalizedPath());
                instance = downstream.other(instance);
                open();
                return;
            }
        }
        if (kind == Failures.BROKEN && mayResend()) {
            // A pooled keep-alive connection can be closed by the service (a restart, its idle
            // timeout) just as the request goes out on it. A safe request without a body changes
            // nothing however often it arrives: it goes out once more, on another connection
            // (the way HTTP clients and proxies retry on a reused connection); the breaker hears
            // only how that ends.
            resent = true;
            LOG.debugf("%s %s -> %s broke off before any answer (%s): sending it once more",
                    context.request().method(), context.normalizedPath(), downstream.name(), failure.getMessage());
            toService = null;
            instance = downstream.other(instance);
            open();
            return;
        }
        if (kind == Failures.TIMEOUT && !bodySent) {
            // the time was the caller's: its body did not arrive within its limit (stalled, or
            // trickling), while the service waited for it; the breaker hears nothing
            settle(null);
            LOG.debugf("%s %s: the caller's body did not arrive within %d ms", context.request().method(),
                    context.normalizedPath(), limits.bodyTimeoutMillis());
            GatewayProblems.answer(context, GatewayProblems.requestTimeout(seconds(limits.bodyTimeoutMillis())));
            return;
        }
        settle(kind.countsAgainstService() ? Boolean.FALSE : null);
        if (kind == Failures.BROKEN) {
            // a 502 is the gateway telling a caller that a service misbehaved: the operator needs the cause
            LOG.warnf("%s %s -> %s broke off before any answer, 502 to the caller: %s", context.request().method(),
                    context.normalizedPath(), downstream.name(), failure);
        } else {
            LOG.debugf("%s %s -> %s failed (%s): %s", context.request().method(), context.normalizedPath(),
                    downstream.name(), kind, failure.getMessage());
        }
        GatewayProblems.answer(context, switch (kind) {
            case UNREACHABLE, SATURATED -> GatewayProblems.serviceUnavailable(downstream.name());
            case TIMEOUT -> GatewayProblems.gatewayTimeout(downstream.name(), seconds(limits.timeoutMillis()));
            case BROKEN -> GatewayProblems.badGateway(downstream.name());
        });
    }

    /** Only once, only a safe method, only without a body (nothing of the caller's was consumed). */
    private boolean mayResend() {
        HttpMethod method = context.request().method();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        return !resent && safe && body == null;
    }

    /** api-conventions' 413 answer closes the connection: the rest of the body is not read. */
    private void tooLarge() {
        GatewayProblems.answer(context, GatewayProblems.payloadTooLarge(problems, limits.maxBodyBytes()));
    }

    /** The caller's connection is gone, or the exchange has ended for it otherwise. */
    private boolean callerGone() {
        return finished || context.response().closed();
    }

    /** Vert.x ends the exchange: the response went out whole, or the caller's connection closed first. */
    private void finished(AsyncResult<Void> ended) {
        ended(ended.succeeded() ? context.response().getStatusCode() : CLIENT_CLOSED);
    }

    /** The end of the exchange, however it ended: count it once and release what it still holds. */
    private void ended(int status) {
        if (finished) {
            return;
        }
        finished = true;
        metrics.proxied(downstream.service(), status, ticker.nanoTime() - started);
        if (!settled && admission != null && admission.admitted()) {
            settled = true;
            downstream.breaker().onAbandoned(admission);
            if (toService != null) {
                toService.reset();
            }
        }
    }

    /** Tells the breaker once: true a success, false a failure, null neither (the caller or the gateway was the cause). */
    private void settle(Boolean success) {
        if (settled || admission == null || !admission.admitted()) {
            return;
        }
        settled = true;
        CircuitBreaker breaker = downstream.breaker();
        if (success == null) {
            breaker.onAbandoned(admission);
        } else if (success) {
            breaker.onSuccess(admission);
        } else {
            CircuitBreaker.State before = breaker.state();
            breaker.onFailure(admission);
            if (before != CircuitBreaker.State.OPEN && breaker.state() == CircuitBreaker.State.OPEN) {
                LOG.warnf("circuit breaker of %s opened: it answers 503 at once until a trial call succeeds",
                        downstream.name());
            }
        }
    }

    private boolean hasNoBody(int status) {
        return context.request().method() == HttpMethod.HEAD || status == 204 || status == 304 || status < 200;
    }

    private String gatewayOriginIfNeeded(MultiMap headers) {
        if (!headers.contains(HttpHeaders.LOCATION) && !headers.contains(HttpHeaders.CONTENT_LOCATION)) {
            return null;
        }
        String host = context.request().getHeader(HttpHeaders.HOST);
        return host == null ? null : context.request().scheme() + "://" + host;
    }

    private static String uriOf(RoutingContext context) {
        String query = context.request().query();
        String path = context.normalizedPath();
        return query == null ? path : path + '?' + query;
    }

    /** The declared body size, or -1 when none is declared (no body, or a chunked one). */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            // Vert.x refuses a malformed Content-Length before this runs; be safe anyway
            return Long.MAX_VALUE;
        }
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    private static long wholeSeconds(CircuitBreaker.Admission rejected) {
        long millis = rejected.retryAfter().toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
