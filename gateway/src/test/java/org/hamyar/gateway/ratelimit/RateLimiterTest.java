package org.hamyar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong();

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(1, 2, 100, clock::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void aRefusalSaysHowManyWholeSecondsToWait() {
        RateLimiter limiter = new RateLimiter(0.25, 1, 100, clock::get);
        limiter.tryAcquire("slow");

        RateLimiter.Decision refused = limiter.tryAcquire("slow");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(4);

        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(3500));
        assertThat(limiter.tryAcquire("slow").retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void evictionDropsOnlyTheBucketsThatHaveRefilled() {
        RateLimiter limiter = new RateLimiter(1, 5, 100, clock::get);
        limiter.tryAcquire("idle");
        clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        limiter.tryAcquire("busy");

        assertThat(limiter.evictIdle()).isEqualTo(1);
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void clientsBeyondTheLimitShareOneBucketSoMemoryStaysBounded() {
        RateLimiter limiter = new RateLimiter(1, 1, 2, clock::get);
        limiter.tryAcquire("first");
        limiter.tryAcquire("second");

        assertThat(limiter.tryAcquire("third").allowed()).isTrue();
        assertThat(limiter.tryAcquire("fourth").allowed()).as("shares third's overflow bucket").isFalse();
        assertThat(limiter.trackedClients()).isEqualTo(2);

        clock.addAndGet(TimeUnit.SECONDS.toNanos(5));
        limiter.evictIdle();
        assertThat(limiter.tryAcquire("fourth").allowed()).isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }
}
