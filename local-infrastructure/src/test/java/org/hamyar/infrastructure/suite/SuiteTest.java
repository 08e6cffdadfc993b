package org.hamyar.infrastructure.suite;

import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Suite with a real PostgreSQL, Kafka and Keycloak, and fake services standing in for
 * the packaged Quarkus ones (which other modules build).
 */
class SuiteTest {

    @TempDir
    static Path checkout;

    private static Suite suite;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void startSuite() throws Exception {
        FakeCheckout.create(checkout);
        suite = Suite.start(SuiteOptions.forTests(checkout.resolve("work"), "_suite_test").withDemoData(true),
                checkout, progress::add);
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (suite != null) {
            List<ProcessHandle> started = suite.processes().stream()
                    .map(process -> ProcessHandle.of(process.pid()).orElseThrow()).toList();
            suite.close();
            assertThat(started).as("close stops every process").noneMatch(ProcessHandle::isAlive);
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             var statement = connection.createStatement()) {
            for (String service : List.of("agreements", "beneficiaries", "donors")) {
                statement.execute("DROP DATABASE IF EXISTS " + service + "_suite_test WITH (FORCE)");
            }
        }
    }

    @Test
    void every_service_runs_with_the_documented_environment() throws Exception {
        Properties agreements = environment("agreements");
        assertThat(agreements.getProperty("HTTP_PORT")).isEqualTo(String.valueOf(URI.create(suite.serviceUrl("agreements")).getPort()));
        assertThat(agreements.getProperty("DB_URL")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/agreements_suite_test");
        assertThat(agreements.getProperty("DB_USER")).isEqualTo("postgres");
        assertThat(agreements.getProperty("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(suite.kafkaBootstrapServers());
        assertThat(agreements.getProperty("OIDC_AUTH_SERVER_URL")).isEqualTo(suite.keycloak().realmUrl());
        assertThat(agreements.getProperty("DEMO_DATA")).isEqualTo("true");
        assertThat(Long.parseLong(agreements.getProperty("max.heap"))).as("-Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);

        Properties gateway = environment("gateway");
        assertThat(gateway.getProperty("AGREEMENTS_URL")).isEqualTo(suite.serviceUrl("agreements"));
        assertThat(gateway.getProperty("BENEFICIARIES_URL")).isEqualTo(suite.serviceUrl("beneficiaries-service"));
        assertThat(gateway.getProperty("DONORS_URL")).isEqualTo(suite.serviceUrl("donors"));
        assertThat(suite.gatewayUrl()).isEqualTo(suite.serviceUrl("gateway"));
    }

    @Test
    void the_infrastructure_is_real_and_the_databases_exist() {
        assertThat(suite.keycloak().token(DemoUsers.ADMIN, DemoUsers.PASSWORD)).isNotBlank();
        assertThat(suite.kafka().isRunning()).isTrue();
        assertThat(org.hamyar.infrastructure.PostgresDatabases.exists("beneficiaries_suite_test")).isTrue();
        assertThat(org.hamyar.infrastructure.PostgresDatabases.exists("donors_suite_test")).isTrue();
    }

    @Test
    void services_start_in_order_each_logging_to_its_own_file() throws Exception {
        assertThat(suite.processes()).extracting(Suite.RunningProcess::name)
                .containsExactly("kafka", "keycloak", "agreements", "beneficiaries", "donors", "gateway");
        assertThat(progress).last().asString().startsWith("gateway on port");
        for (String service : Suite.SERVICES) {
            assertThat(Files.readString(suite.logFile(service))).contains("fake service listening on");
        }
        assertThat(suite.logFile("donors")).isEqualTo(checkout.resolve("work/logs/donors.log"));
    }

    private static Properties environment(String service) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(suite.serviceUrl(service) + "/env")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Properties properties = new Properties();
        properties.load(new StringReader(response.body()));
        return properties;
    }
}
