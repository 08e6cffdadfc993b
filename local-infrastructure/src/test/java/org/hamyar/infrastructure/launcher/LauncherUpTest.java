package org.hamyar.infrastructure.launcher;

import org.hamyar.infrastructure.FreePorts;
import org.hamyar.infrastructure.KeycloakServer;
import org.hamyar.infrastructure.PostgresDatabases;
import org.hamyar.infrastructure.suite.FakeCheckout;
import org.hamyar.infrastructure.suite.SuiteOptions;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code up}, {@code status}, {@code add-user} and {@code down} on a whole suite: the real
 * PostgreSQL, Kafka and Keycloak, and fake services standing in for the packaged Quarkus ones
 * (other modules build those). Free ports, never the laptop's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherUpTest {

    @TempDir
    static Path checkout;

    private static SuiteOptions options;
    private static String upOutput;

    @BeforeAll
    static void up() throws Exception {
        FakeCheckout.create(checkout);
        options = new SuiteOptions(checkout.resolve(".hamyar"),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                "agreements_launcher_test", "beneficiaries_launcher_test", "donors_launcher_test", true, true);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = launcher(output).run(new String[] {"up"});
        upOutput = output.toString(StandardCharsets.UTF_8);
        System.out.println(upOutput); // in target/surefire-reports: what a developer sees
        assertThat(exit).as(upOutput).isZero();
    }

    @AfterAll
    static void down() throws Exception {
        // also when a test failed: the processes are detached and would outlive the test JVM
        launcher(new ByteArrayOutputStream()).run(new String[] {"down"});
        try (Connection connection = DriverManager.getConnection(PostgresDatabases.jdbcUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String database : List.of(options.agreementsDatabase(), options.beneficiariesDatabase(), options.donorsDatabase())) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    @Order(1)
    void up_prints_the_urls_the_demo_users_and_a_curl_to_try() {
        assertThat(upOutput)
                .contains("Hamyar is running.")
                .contains("http://localhost:" + options.gatewayPort())
                .contains("http://localhost:" + options.agreementsPort() + "/q/swagger-ui")
                .contains("http://localhost:" + options.donorsPort() + "/q/openapi")
                .contains("http://localhost:" + options.keycloakPort() + "/admin/master/console/")
                .contains("logs            .hamyar/logs/")
                .contains("password hamyar-demo")
                .contains("http://localhost:" + options.keycloakPort() + "/realms/hamyar/protocol/openid-connect/token")
                .contains("curl -H \"Authorization: Bearer $TOKEN\" http://localhost:" + options.gatewayPort() + "/api/organizations");
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            assertThat(upOutput).contains(user.username());
        }
        assertThat(upOutput.indexOf("starting agreements-service")).isLessThan(upOutput.indexOf("starting beneficiaries-service"));
        assertThat(upOutput.indexOf("starting donors-service")).isLessThan(upOutput.indexOf("starting gateway"));
    }

    @Test
    @Order(2)
    void up_leaves_every_process_running_and_records_it() {
        List<Launcher.PidEntry> entries = Launcher.PidEntry.read(options.workDir().resolve("pids"));

        assertThat(entries).extracting(Launcher.PidEntry::name)
                .containsExactly("kafka", "keycloak", "agreements", "beneficiaries", "donors", "gateway");
        assertThat(entries).allMatch(Launcher.PidEntry::isAlive);
    }

    @Test
    @Order(3)
    void the_services_run_with_the_documented_environment_and_their_own_logs() throws Exception {
        Properties agreements = environment(options.agreementsPort());
        assertThat(agreements.getProperty("HTTP_PORT")).isEqualTo(String.valueOf(options.agreementsPort()));
        assertThat(agreements.getProperty("DB_URL")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/agreements_launcher_test");
        assertThat(agreements.getProperty("DB_USER")).isEqualTo("postgres");
        assertThat(agreements.getProperty("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("127.0.0.1:" + options.kafkaPort());
        assertThat(agreements.getProperty("OIDC_AUTH_SERVER_URL")).isEqualTo("http://localhost:" + options.keycloakPort() + "/realms/hamyar");
        assertThat(agreements.getProperty("DEMO_DATA")).isEqualTo("true");
        assertThat(Long.parseLong(agreements.getProperty("max.heap"))).as("-Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);

        Properties gateway = environment(options.gatewayPort());
        assertThat(gateway.getProperty("AGREEMENTS_URL")).isEqualTo("http://localhost:" + options.agreementsPort());
        assertThat(gateway.getProperty("BENEFICIARIES_URL")).isEqualTo("http://localhost:" + options.beneficiariesPort());
        assertThat(gateway.getProperty("DONORS_URL")).isEqualTo("http://localhost:" + options.donorsPort());

        for (String service : List.of("agreements", "beneficiaries", "donors", "gateway")) {
            assertThat(Files.readString(options.workDir().resolve("logs/" + service + ".log"))).contains("fake service listening on");
        }
        assertThat(PostgresDatabases.exists("donors_launcher_test")).isTrue();
    }

    @Test
    @Order(4)
    void status_reports_every_process_ready() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        assertThat(launcher(output).run(new String[] {"status"})).isZero();

        assertThat(output.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(" running ")))
                .hasSize(6);
    }

    @Test
    @Order(5)
    void add_user_creates_a_user_who_logs_in_with_the_demo_password() throws Exception {
        String username = "officer.added-" + UUID.randomUUID().toString().substring(0, 6);

        int exit = launcher(new ByteArrayOutputStream()).run(new String[] {"add-user", username,
                DemoUsers.ORG_WELFARE_QAZVIN.toString(), "officer"});

        assertThat(exit).isZero();
        String token = KeycloakServer.running(options.keycloakPort()).token(username, DemoUsers.PASSWORD);
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"org\":\"" + DemoUsers.ORG_WELFARE_QAZVIN + "\"").contains("\"officer\"");
    }

    @Test
    @Order(6)
    void up_refuses_a_second_suite() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            launcher(output).run(new String[] {"up"});
            throw new AssertionError("a second up started");
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("already running");
        }
    }

    @Test
    @Order(7)
    void down_stops_everything_up_started() {
        List<ProcessHandle> started = Launcher.PidEntry.read(options.workDir().resolve("pids")).stream()
                .map(entry -> ProcessHandle.of(entry.pid()).orElseThrow()).toList();
        List<ProcessHandle> withChildren = started.stream()
                .flatMap(handle -> java.util.stream.Stream.concat(java.util.stream.Stream.of(handle), handle.descendants())).toList();

        assertThat(launcher(new ByteArrayOutputStream()).run(new String[] {"down"})).isZero();

        assertThat(withChildren).noneMatch(ProcessHandle::isAlive);
        assertThat(FreePorts.isFree(options.gatewayPort())).isTrue();
        assertThat(FreePorts.isFree(options.keycloakPort())).isTrue();
        assertThat(options.workDir().resolve("pids")).doesNotExist();
    }

    private static Launcher launcher(ByteArrayOutputStream output) {
        return new Launcher(checkout, options, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private static Properties environment(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/env")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Properties properties = new Properties();
        properties.load(new StringReader(response.body()));
        return properties;
    }
}
