package org.hamyar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.testing.ManualTicker;
import org.junit.jupiter.api.Test;

class DownstreamTest {

    private final ManualTicker ticker = new ManualTicker();
    private final Downstream.Instance a = instance("http://a:8081");
    private final Downstream.Instance b = instance("http://b:8081");
    private final Downstream.Instance c = instance("http://c:8081");
    private final Downstream downstream = new Downstream(DownstreamService.AGREEMENTS, List.of(a, b, c),
            new CircuitBreaker(5, Duration.ofSeconds(10), ticker), ticker, Duration.ofSeconds(5).toNanos());

    @Test
    void instancesAreTakenInTurn() {
        assertThat(picks(6)).containsExactly(a, b, c, a, b, c);
    }

    @Test
    void aRefusingInstanceIsPassedOverForThePauseThenTriedAgain() {
        downstream.refused(b);
        assertThat(picks(4)).containsExactly(a, c, c, a);

        ticker.advance(Duration.ofSeconds(5));
        assertThat(picks(3)).contains(b);
    }

    @Test
    void whenEveryInstanceRefusedTheyAreStillTakenInTurn() {
        downstream.refused(a);
        downstream.refused(b);
        downstream.refused(c);
        assertThat(picks(3)).containsExactly(a, b, c);
    }

    @Test
    void anotherAttemptGoesToAnotherInstanceThatDidNotRefuse() {
        assertThat(downstream.other(a)).isEqualTo(b);
        downstream.refused(b);
        assertThat(downstream.other(a)).isEqualTo(c);
        assertThat(downstream.other(c)).isEqualTo(a);
    }

    @Test
    void aSingleInstanceIsAlwaysTheOne() {
        Downstream single = new Downstream(DownstreamService.DONORS, List.of(a),
                new CircuitBreaker(5, Duration.ofSeconds(10), ticker), ticker, 1);
        single.refused(a);
        assertThat(single.pick()).isEqualTo(a);
        assertThat(single.other(a)).isEqualTo(a);
        assertThat(a.origin()).isEqualTo("http://a:8081");
    }

    @Test
    void aServiceWithoutAnInstanceIsAConfigurationError() {
        assertThatThrownBy(() -> new Downstream(DownstreamService.DONORS, List.of(),
                new CircuitBreaker(5, Duration.ofSeconds(10), ticker), ticker, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("donors-service");
    }

    private List<Downstream.Instance> picks(int count) {
        List<Downstream.Instance> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(downstream.pick());
        }
        return picked;
    }

    private static Downstream.Instance instance(String url) {
        return new Downstream.Instance(URI.create(url), null);
    }
}
