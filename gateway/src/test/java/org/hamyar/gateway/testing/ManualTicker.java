package org.hamyar.gateway.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.hamyar.gateway.time.Ticker;

/**
 * A {@link Ticker} that stands still until a test moves it, so that rate limits and breakers
 * answer the same however slow the machine is. Off unless a test profile enables it
 * ({@code getEnabledAlternatives}).
 */
@Alternative
@Singleton
public class ManualTicker implements Ticker {

    private final AtomicLong now = new AtomicLong();

    @Override
    public long nanoTime() {
        return now.get();
    }

    public void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
