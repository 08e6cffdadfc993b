package org.hamyar.gateway.ratelimit;

/**
 * A token bucket: it holds at most {@code capacity} tokens, gains {@code tokensPerSecond}
 * continuously, and each request takes one. A client idle for a while can therefore burst up to
 * the capacity, and is held to the rate after that.
 *
 * <p>Time is passed in (monotonic nanoseconds) so the arithmetic is testable without sleeping.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double tokensPerNano;

    private double tokens;
    private long refilledAt;

    public TokenBucket(double tokensPerSecond, int capacity, long now) {
        if (!(tokensPerSecond > 0)) {
            throw new IllegalArgumentException("a bucket must refill: " + tokensPerSecond + " tokens/s");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket must hold at least one token: " + capacity);
        }
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes a token if there is one.
     *
     * @return 0 when a token was taken; otherwise the nanoseconds until one will be there
     */
    public synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** True when the bucket has refilled completely: forgetting it changes nothing for its client. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            refilledAt = now;
        }
    }
}
