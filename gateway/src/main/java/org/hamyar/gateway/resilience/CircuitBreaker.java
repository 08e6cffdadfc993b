package org.hamyar.gateway.resilience;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A circuit breaker for one service: after {@code failureThreshold} consecutive failures it opens
 * and refuses calls for {@code openDuration}, so that callers get a 503 at once instead of each
 * waiting for a timeout; then it lets one trial call through (half-open) and closes again when
 * that call succeeds.
 *
 * <p>Every admitted call must be reported exactly once: {@link #onSuccess}, {@link #onFailure}, or
 * {@link #onAbandoned} when the caller went away before the service answered. Only the trial's
 * outcome moves a half-open breaker; a late outcome of a call admitted before the breaker opened
 * changes nothing.
 *
 * <p>Thread-safe; the critical sections are a few field updates.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** Whether a call may go ahead; when not, how long until the breaker will let one through. */
    public record Admission(boolean admitted, boolean trial, Duration retryAfter) {

        static final Admission ADMITTED = new Admission(true, false, Duration.ZERO);
        static final Admission TRIAL = new Admission(true, true, Duration.ZERO);

        static Admission rejected(Duration retryAfter) {
            return new Admission(false, false, retryAfter);
        }
    }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    /**
     * @param nanoClock a monotonic clock in nanoseconds (the gateway's {@code Ticker}; tests pass their own)
     */
    public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("a breaker opens after at least one failure: " + failureThreshold);
        }
        if (openDuration.isNegative()) {
            throw new IllegalArgumentException("the open duration cannot be negative: " + openDuration);
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock);
    }

    public synchronized Admission tryAcquire() {
        switch (state) {
            case CLOSED:
                return Admission.ADMITTED;
            case OPEN:
                long waited = nanoClock.getAsLong() - openedAt;
                if (waited < openNanos) {
                    return Admission.rejected(Duration.ofNanos(openNanos - waited));
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return Admission.TRIAL;
            default: // HALF_OPEN
                if (trialInFlight) {
                    // the trial decides soon; a second caller should come back after it
                    return Admission.rejected(Duration.ofSeconds(1));
                }
                trialInFlight = true;
                return Admission.TRIAL;
        }
    }

    public synchronized void onSuccess(Admission admission) {
        if (admission.trial()) {
            close();
        } else if (state == State.CLOSED) {
            consecutiveFailures = 0;
        }
    }

    public synchronized void onFailure(Admission admission) {
        if (admission.trial()) {
            open();
        } else if (state == State.CLOSED && ++consecutiveFailures >= failureThreshold) {
            open();
        }
    }

    /** The caller went away before the outcome was known: a trial slot is given back, nothing is counted. */
    public synchronized void onAbandoned(Admission admission) {
        if (admission.trial() && state == State.HALF_OPEN) {
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        return state;
    }

    private void open() {
        state = State.OPEN;
        openedAt = nanoClock.getAsLong();
        trialInFlight = false;
        consecutiveFailures = 0;
    }

    private void close() {
        state = State.CLOSED;
        trialInFlight = false;
        consecutiveFailures = 0;
    }
}
