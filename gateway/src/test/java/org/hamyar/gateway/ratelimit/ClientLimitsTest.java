package org.hamyar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientLimitsTest {

    private static final ClientLimits.Limit DEFAULT = new ClientLimits.Limit(200, 400);

    @Test
    void aListedClientGetsItsOwnLimitEveryOtherOneTheDefault() {
        ClientLimits limits = ClientLimits.parse(DEFAULT, List.of("partner-erp=1000/2000", " hamyar-app = 50 / 100 ", ""));

        assertThat(limits.of("partner-erp")).isEqualTo(new ClientLimits.Limit(1000, 2000));
        assertThat(limits.of("hamyar-app")).isEqualTo(new ClientLimits.Limit(50, 100));
        assertThat(limits.of("unknown-client")).isEqualTo(DEFAULT);
        assertThat(limits.of(null)).isEqualTo(DEFAULT);
    }

    @Test
    void aMalformedEntryIsRefusedNamingIt() {
        for (String entry : List.of("partner-erp", "partner-erp=1000", "=10/20", "partner-erp=fast/20",
                "partner-erp=0/20", "partner-erp=10/0", "partner-erp=-5/20", "partner-erp=10/2.5")) {
            assertThatThrownBy(() -> ClientLimits.parse(DEFAULT, List.of(entry)))
                    .as(entry)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(entry);
        }
        assertThatThrownBy(() -> ClientLimits.parse(DEFAULT, List.of("a=1/1", "a=2/2")))
                .hasMessageContaining("listed twice");
    }

    @Test
    void theLimiterFillsEachBucketWithItsClientsLimit() {
        AtomicLong clock = new AtomicLong();
        RateLimiter limiter = new RateLimiter(1, 1, 100, clock::get);
        ClientLimits.Limit partner = new ClientLimits.Limit(100, 3);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("token:partner-erp:batch", partner).allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("token:partner-erp:batch", partner).allowed()).isFalse();
        assertThat(limiter.tryAcquire("token:hamyar-app:user").allowed()).isTrue();
        assertThat(limiter.tryAcquire("token:hamyar-app:user").allowed()).isFalse();

        // the partner's bucket refills at its own rate: one token every 10 ms
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(10));
        assertThat(limiter.tryAcquire("token:partner-erp:batch", partner).allowed()).isTrue();
        assertThat(limiter.tryAcquire("token:hamyar-app:user").allowed()).isFalse();
    }
}
