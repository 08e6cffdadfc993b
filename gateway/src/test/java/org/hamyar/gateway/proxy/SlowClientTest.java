package org.hamyar.gateway.proxy;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;

import jakarta.inject.Inject;

import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.routing.Downstreams;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A caller's own slowness is never the service's failure. The test profile gives a service 1 s of
 * silence, a caller 3 s for its body, and opens a breaker after 3 failures: four stalled uploads
 * would open it if they counted.
 */
@QuarkusTest
class SlowClientTest {

    private static final int STALLS = 4;

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    Downstreams downstreams;

    @Test
    void aCallerThatStallsItsUploadGets408AndTheServicesBreakerStaysClosed() throws IOException {
        StubServices.stub(DownstreamService.BENEFICIARIES);
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);
        for (int i = 0; i < STALLS; i++) {
            try (Socket socket = connect()) {
                OutputStream out = socket.getOutputStream();
                out.write(post("/api/persons", token, 1_000).getBytes(US_ASCII));
                out.write("{\"firstName\":".getBytes(US_ASCII));
                out.flush();
                // ... and nothing more: the service waits for the rest, the caller's 3 s run out
                assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
            }
        }
        assertThat(downstreams.of(DownstreamService.BENEFICIARIES).breaker().state())
                .isEqualTo(CircuitBreaker.State.CLOSED);
        given().auth().oauth2(token).when().get("/api/persons").then().statusCode(200);
    }

    @Test
    void aCallerThatTricklesItsBodyIsBoundedByItsOwnClock() throws Exception {
        StubServices.stub(DownstreamService.BENEFICIARIES);
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(post("/api/persons", token, 1_000).getBytes(US_ASCII));
            out.flush();
            // a byte every 400 ms: longer than the service's 1 s of silence, but the silence is the
            // caller's until its body is whole, and its own 3 s bound it
            long started = System.nanoTime();
            try {
                for (int i = 0; i < 20 && socket.getInputStream().available() == 0; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(400);
                }
            } catch (IOException closedByTheGateway) {
                // the gateway answered and closed: expected
            }
            long answeredAfter = (System.nanoTime() - started) / 1_000_000;
            assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
            // the caller's 3 s, not the service's 1 s
            assertThat(answeredAfter).isBetween(2_500L, 6_000L);
        }
        assertThat(downstreams.of(DownstreamService.BENEFICIARIES).breaker().state())
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private String post(String path, String token, long contentLength) {
        return "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + gateway.getHost() + ":" + gateway.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n";
    }

    private static String statusLine(Socket socket) throws IOException {
        var line = new StringBuilder();
        int c;
        while ((c = socket.getInputStream().read()) >= 0 && c != '\r') {
            line.append((char) c);
        }
        return line.toString();
    }
}
