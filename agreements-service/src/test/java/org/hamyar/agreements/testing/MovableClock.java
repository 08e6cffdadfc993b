package org.hamyar.agreements.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests (it replaces the {@code @DefaultBean} clock of api-conventions' ServiceClock): real
 * time until a test moves it, so that activation on the effective date and expiry can be shown
 * without waiting. Tests put it back with {@link #reset()}.
 */
@Singleton
public class MovableClock extends Clock {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock so that today (in Tehran) is {@code day}, at the current time of day. */
    public void today(LocalDate day) {
        LocalDate realToday = LocalDate.now(Clock.system(TEHRAN));
        offset.set(Duration.ofDays(day.toEpochDay() - realToday.toEpochDay()));
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return TEHRAN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
