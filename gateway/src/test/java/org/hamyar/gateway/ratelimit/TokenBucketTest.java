package org.hamyar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aFullBucketAllowsItsBurstThenRefusesWithTheWaitForTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);

        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        // 2 tokens per second: the next one is half a second away
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 2);
    }

    @Test
    void tokensComeBackAtTheRate() {
        TokenBucket bucket = new TokenBucket(10, 1, 0);
        assertThat(bucket.tryTake(0)).isZero();

        assertThat(bucket.tryTake(50 * MILLI)).isEqualTo(50 * MILLI);
        assertThat(bucket.tryTake(100 * MILLI)).isZero();
        assertThat(bucket.tryTake(100 * MILLI)).isEqualTo(100 * MILLI);
    }

    @Test
    void aLongIdleTimeRefillsNoMoreThanTheCapacity() {
        TokenBucket bucket = new TokenBucket(100, 2, 0);
        bucket.tryTake(0);
        bucket.tryTake(0);

        long later = 3600 * SECOND;
        assertThat(bucket.isFull(later)).isTrue();
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isPositive();
    }

    @Test
    void aBucketIsFullOnlyOnceItHasRefilled() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        assertThat(bucket.isFull(0)).isTrue();
        bucket.tryTake(0);

        assertThat(bucket.isFull(SECOND / 2)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }

    @Test
    void aClockGoingBackwardsAddsNoTokens() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        bucket.tryTake(10 * SECOND);

        assertThat(bucket.tryTake(5 * SECOND)).isPositive();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
