package org.hamyar.gateway.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per client, in memory.
 *
 * <p>Memory stays bounded: {@link #evictIdle()} drops the buckets that have refilled completely
 * (an idle client's bucket is full, so dropping it is invisible to the client), and at most
 * {@code maxClients} buckets exist: clients beyond that share one overflow bucket until eviction
 * makes room. Each gateway replica keeps its own buckets, so a client spread over N replicas may
 * reach N times the rate.
 */
public final class RateLimiter {

    /** The outcome for one request: allowed, or refused with the whole seconds to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }

    private final ClientLimits.Limit defaultLimit;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket overflow;

    public RateLimiter(double tokensPerSecond, int burst, int maxClients, LongSupplier nanoClock) {
        if (maxClients < 1) {
            throw new IllegalArgumentException("at least one client must fit: " + maxClients);
        }
        this.defaultLimit = new ClientLimits.Limit(tokensPerSecond, burst);
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
        this.overflow = new TokenBucket(tokensPerSecond, burst, nanoClock.getAsLong());
    }

    /** A request of the client at the default limit. */
    public Decision tryAcquire(String client) {
        return tryAcquire(client, defaultLimit);
    }

    /**
     * A request of the client, whose bucket holds {@code limit} (one key always comes with the same
     * limit: the key names the OAuth client the limit is chosen by). Clients beyond
     * {@code maxClients} share the overflow bucket, at the default limit.
     */
    public Decision tryAcquire(String client, ClientLimits.Limit limit) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            bucket = buckets.size() < maxClients
                    ? buckets.computeIfAbsent(client,
                            ignored -> new TokenBucket(limit.requestsPerSecond(), limit.burst(), now))
                    : overflow;
        }
        long wait = bucket.tryTake(now);
        return wait == 0 ? Decision.ALLOWED : new Decision(false, Math.max(1, divideRoundingUp(wait)));
    }

    /** Drops the buckets of clients idle long enough to have refilled; returns how many. */
    public int evictIdle() {
        long now = nanoClock.getAsLong();
        int evicted = 0;
        for (Iterator<TokenBucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().isFull(now)) {
                it.remove();
                evicted++;
            }
        }
        return evicted;
    }

    /** Clients with a bucket of their own right now. */
    public int trackedClients() {
        return buckets.size();
    }

    private static long divideRoundingUp(long nanos) {
        long perSecond = TimeUnit.SECONDS.toNanos(1);
        return (nanos + perSecond - 1) / perSecond;
    }
}
