package org.hamyar.gateway.proxy;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.hamyar.gateway.resilience.CircuitBreaker;
import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.routing.Downstreams;
import org.hamyar.gateway.testing.CapturedErrors;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A caller that hangs up is not a server error: no ERROR in the log, no failure for the service's
 * breaker, a 499 in the meters. The test profile opens a breaker after 3 failures, so four hang-ups
 * in a row would open it if they counted.
 */
@QuarkusTest
class ClientAbortTest {

    private static final int HANG_UPS = 4;
    private static final String BENEFICIARIES = "hamyar_gateway_proxied_requests_seconds_count{service=\"beneficiaries-service\",status=\"499\"}";

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    Downstreams downstreams;

    @Test
    void aCallerThatHangsUpMidUploadIsNeitherLoggedAsAnErrorNorTheServicesFailure() throws IOException {
        StubService beneficiaries = StubServices.stub(DownstreamService.BENEFICIARIES);
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);
        double before = hangUps();

        try (CapturedErrors log = new CapturedErrors()) {
            for (int i = 0; i < HANG_UPS; i++) {
                int arrived = beneficiaries.arrived();
                try (Socket socket = connect()) {
                    OutputStream out = socket.getOutputStream();
                    out.write(upload("/api/imports", token, 100_000).getBytes(US_ASCII));
                    out.write("0060061003,زهرا\n".repeat(200).getBytes(UTF_8));
                    out.flush();
                    // the gateway is streaming the body to the service: now the caller goes
                    await().atMost(Duration.ofSeconds(5)).until(() -> beneficiaries.arrived() > arrived);
                }
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> hangUps() >= before + HANG_UPS);

            assertThat(downstreams.of(DownstreamService.BENEFICIARIES).breaker().state())
                    .isEqualTo(CircuitBreaker.State.CLOSED);
            given().auth().oauth2(token).when().get("/api/persons").then().statusCode(200);
            assertThat(log.errors()).as("errors logged for hang-ups").isEmpty();
        }
    }

    @Test
    void aCallerThatHangsUpMidDownloadIsNoErrorEither() throws IOException {
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);
        double before = hangUps();

        try (CapturedErrors log = new CapturedErrors()) {
            try (Socket socket = new Socket()) {
                // a small window and a large answer: the gateway is still sending when the caller goes
                socket.setReceiveBufferSize(4096);
                socket.setSoTimeout(10_000);
                socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()));
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/persons HTTP/1.1\r\n"
                        + "Host: " + gateway.getHost() + ":" + gateway.getPort() + "\r\n"
                        + "Authorization: Bearer " + token + "\r\n"
                        + "X-Stub-Body-Bytes: " + 32 * 1024 * 1024 + "\r\n\r\n").getBytes(US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] start = in.readNBytes(64 * 1024);
                assertThat(new String(start, 0, 15, US_ASCII)).isEqualTo("HTTP/1.1 200 OK");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> hangUps() >= before + 1);

            assertThat(downstreams.of(DownstreamService.BENEFICIARIES).breaker().state())
                    .isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(log.errors()).as("errors logged for a hang-up").isEmpty();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private String upload(String path, String token, long contentLength) {
        return "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + gateway.getHost() + ":" + gateway.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: text/csv\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n";
    }

    /** Requests to beneficiaries-service whose caller went away, from the gateway's meters. */
    private static double hangUps() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(BENEFICIARIES))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
