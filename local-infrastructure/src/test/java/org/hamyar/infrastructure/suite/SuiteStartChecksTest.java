package org.hamyar.infrastructure.suite;

import org.hamyar.infrastructure.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Suite refuses or reports before, or instead of, a long start. */
class SuiteStartChecksTest {

    @TempDir
    Path checkout;

    @Test
    void a_service_that_is_not_packaged_is_named_before_anything_starts() throws Exception {
        FakeCheckout.create(checkout);
        Files.delete(checkout.resolve("donors-service/target/quarkus-app/quarkus-run.jar"));

        assertThatThrownBy(() -> Suite.start(SuiteOptions.forTests(checkout.resolve("work"), "_x"), checkout, message -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("donors-service is not packaged");
        assertThat(checkout.resolve("work")).doesNotExist();
    }

    @Test
    void a_taken_port_is_named_before_anything_starts() throws Exception {
        FakeCheckout.create(checkout);
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            SuiteOptions options = SuiteOptions.forTests(checkout.resolve("work"), "_x")
                    .withPorts(0, 0, 0, taken.getLocalPort(), 0, 0);

            assertThatThrownBy(() -> Suite.start(options, checkout, message -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (beneficiaries-service) is already in use");
        }
        assertThat(checkout.resolve("work")).doesNotExist();
    }

    @Test
    void the_launcher_suite_uses_the_documented_ports_databases_and_demo_data() {
        SuiteOptions local = SuiteOptions.local(Path.of("/repo"));

        assertThat(local.workDir()).isEqualTo(Path.of("/repo/.hamyar"));
        assertThat(List.of(local.kafkaPort(), local.keycloakPort(), local.agreementsPort(), local.beneficiariesPort(),
                local.donorsPort(), local.gatewayPort())).containsExactly(9092, 8180, 8081, 8082, 8083, 8080);
        assertThat(List.of(local.agreementsDatabase(), local.beneficiariesDatabase(), local.donorsDatabase()))
                .containsExactly("agreements", "beneficiaries", "donors");
        assertThat(local.demoData()).isTrue();
        assertThat(local.detach()).isTrue();
    }

    @Test
    void services_get_only_the_variables_they_read() {
        List<Suite.ServiceLaunch> launches = Suite.launches(
                SuiteOptions.local(Path.of("/repo")), "127.0.0.1:9092", "http://localhost:8180/realms/hamyar");

        assertThat(launches).extracting(Suite.ServiceLaunch::module)
                .containsExactly("agreements-service", "beneficiaries-service", "donors-service", "gateway");
        assertThat(launches.get(1).environment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "HTTP_PORT", "8082",
                "DB_URL", "jdbc:postgresql://127.0.0.1:5432/beneficiaries",
                "DB_USER", "postgres",
                "DB_PASSWORD", "",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
                "OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/hamyar",
                "DEMO_DATA", "true",
                "PERSON_HASH_SECRET", Suite.personHashSecret()));
        assertThat(launches.get(0).environment()).doesNotContainKey("PERSON_HASH_SECRET");
        assertThat(launches.get(3).environment()).containsEntry("HTTP_PORT", "8080")
                .containsEntry("AGREEMENTS_URL", "http://localhost:8081")
                .containsEntry("BENEFICIARIES_URL", "http://localhost:8082")
                .containsEntry("DONORS_URL", "http://localhost:8083")
                .doesNotContainKey("DB_URL");
    }

    @Test
    void more_environment_reaches_every_service_but_never_overrides_the_suites_own() {
        SuiteOptions traced = SuiteOptions.local(Path.of("/repo")).withServiceEnvironment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318",
                "HTTP_PORT", "1"));

        List<Suite.ServiceLaunch> launches = Suite.launches(traced, "127.0.0.1:9092", "http://localhost:8180/realms/hamyar");

        assertThat(launches).allSatisfy(launch -> assertThat(launch.environment())
                .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"));
        assertThat(launches).extracting(launch -> launch.environment().get("HTTP_PORT"))
                .containsExactly("8081", "8082", "8083", "8080");
        assertThat(SuiteOptions.local(Path.of("/repo")).aotTraining()).as("./hamyar up records caches").isTrue();
        assertThat(SuiteOptions.forTests(Path.of("/tmp/t"), "_t").aotTraining()).as("tests do not").isFalse();
    }

    @Test
    void replicas_share_their_service_database_and_the_gateway_lists_them_all() {
        SuiteOptions twice = SuiteOptions.local(Path.of("/repo")).withReplicas(2);
        Map<String, List<Integer>> ports = Map.of(
                "agreements", List.of(8081, SuiteOptions.replicaPort(8081, 2)),
                "beneficiaries", List.of(8082, 8092),
                "donors", List.of(8083, 8093));

        List<Suite.ServiceLaunch> launches = Suite.launches(twice, ports, "127.0.0.1:9092",
                "http://localhost:8180/realms/hamyar");

        assertThat(launches).extracting(Suite.ServiceLaunch::service).containsExactly(
                "agreements", "agreements-2", "beneficiaries", "beneficiaries-2", "donors", "donors-2", "gateway");
        assertThat(launches.get(1).port()).isEqualTo(8091);
        assertThat(launches.get(3).environment())
                .containsEntry("HTTP_PORT", "8092")
                .containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:5432/beneficiaries")
                .containsEntry("PERSON_HASH_SECRET", Suite.personHashSecret());
        assertThat(launches.get(6).environment())
                .containsEntry("AGREEMENTS_URL", "http://localhost:8081,http://localhost:8091")
                .containsEntry("BENEFICIARIES_URL", "http://localhost:8082,http://localhost:8092")
                .containsEntry("DONORS_URL", "http://localhost:8083,http://localhost:8093");
    }

    @Test
    void replicas_are_one_to_four() {
        SuiteOptions local = SuiteOptions.local(Path.of("/repo"));
        assertThat(local.replicas()).isEqualTo(1);
        assertThatThrownBy(() -> local.withReplicas(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> local.withReplicas(SuiteOptions.MAX_REPLICAS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_process_that_dies_while_awaited_is_reported_with_its_log() {
        ChildProcess dying = ChildProcess.start("dying", List.of("/bin/sh", "-c", "echo 'cannot connect to the database'; exit 3"),
                Map.of(), checkout, checkout.resolve("dying.log"), false);

        assertThatThrownBy(() -> dying.awaitHttpOk(java.net.URI.create("http://localhost:1/q/health/ready"), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("cannot connect to the database");
    }

    @Test
    void the_project_root_is_the_pom_that_is_hamyar_itself_not_a_module_naming_it_as_parent() throws Exception {
        Files.writeString(checkout.resolve("pom.xml"), "<project><artifactId>hamyar</artifactId></project>");
        Path module = Files.createDirectories(checkout.resolve("gateway"));
        Files.writeString(module.resolve("pom.xml"),
                "<project><parent><artifactId>hamyar</artifactId></parent><artifactId>gateway</artifactId></project>");

        assertThat(ProjectRoot.isRoot(checkout)).isTrue();
        assertThat(ProjectRoot.isRoot(module)).isFalse();
    }
}
