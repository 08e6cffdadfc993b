package org.hamyar.infrastructure;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreePortsTest {

    @Test
    void hands_out_distinct_free_ports_outside_the_suites_local_ports() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.next();
            assertThat(FreePorts.isFree(port)).isTrue();
            ports.add(port);
        }
        assertThat(ports).hasSize(20).doesNotContain(8080, 8081, 8082, 8083, 8180, 9092);
    }

    @Test
    void a_taken_port_is_refused_by_number() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            assertThat(FreePorts.isFree(port)).isFalse();
            assertThatThrownBy(() -> FreePorts.requireFree(port, "Keycloak"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + port + " (Keycloak) is already in use");
        }
    }
}
