package org.hamyar.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The pause after consecutive failures: {@code initial} after the first, doubling with each
 * further failure, never longer than {@code max}. The one backoff of the library: the relay's pause
 * between failing rounds ({@code hamyar.outbox.poll-interval} up to {@code hamyar.outbox.max-backoff})
 * and a consumer's pause between attempts at an event that fails transiently
 * ({@code hamyar.consumer.retry-initial} up to {@code hamyar.consumer.retry-max}).
 *
 * @param initial the pause after the first failure; positive
 * @param max     the ceiling; not shorter than {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    /** Beyond this many doublings the ceiling has long been reached (and the arithmetic would overflow). */
    private static final int MAX_DOUBLINGS = 30;

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("The first pause must be positive: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("The ceiling " + max + " is shorter than the first pause " + initial);
        }
    }

    /**
     * The pause after {@code failures} consecutive failures.
     *
     * @param failures 1 for the first failure
     */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures count from 1: " + failures);
        }
        Duration pause;
        try {
            pause = initial.multipliedBy(1L << Math.min(failures - 1, MAX_DOUBLINGS));
        } catch (ArithmeticException tooLong) {
            return max;
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
