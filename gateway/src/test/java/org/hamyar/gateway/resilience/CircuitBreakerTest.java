package org.hamyar.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.hamyar.gateway.resilience.CircuitBreaker.Admission;
import org.hamyar.gateway.resilience.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong clock = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock::get);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);

        fail(1);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        Admission refused = breaker.tryAcquire();
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        fail(2);
        breaker.onSuccess(breaker.tryAcquire());
        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void whileOpenItSaysHowLongIsLeft() {
        fail(3);
        clock.addAndGet(Duration.ofSeconds(7).toNanos());

        assertThat(breaker.tryAcquire().retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void afterTheOpenPeriodOneTrialGoesThroughAndItsSuccessCloses() {
        fail(3);
        clock.addAndGet(Duration.ofSeconds(10).toNanos());

        Admission trial = breaker.tryAcquire();
        assertThat(trial.admitted()).isTrue();
        assertThat(trial.trial()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire().admitted()).as("one trial at a time").isFalse();

        breaker.onSuccess(trial);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire().admitted()).isTrue();
    }

    @Test
    void aFailedTrialOpensForAnotherPeriod() {
        fail(3);
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        Admission trial = breaker.tryAcquire();

        breaker.onFailure(trial);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire().retryAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anAbandonedTrialLetsTheNextCallerTry() {
        fail(3);
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        Admission trial = breaker.tryAcquire();

        breaker.onAbandoned(trial);

        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire().trial()).isTrue();
    }

    @Test
    void aLateSuccessOfACallAdmittedBeforeTheBreakerOpenedDoesNotCloseIt() {
        Admission slow = breaker.tryAcquire();
        fail(3);

        breaker.onSuccess(slow);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void abandonedCallsDoNotCountAsFailures() {
        for (int i = 0; i < 10; i++) {
            breaker.onAbandoned(breaker.tryAcquire());
        }
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure(breaker.tryAcquire());
        }
    }
}
