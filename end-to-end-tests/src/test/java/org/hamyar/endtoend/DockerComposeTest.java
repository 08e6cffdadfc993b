package org.hamyar.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on the project's own machines (no Docker engine); this test keeps
 * it honest: it names every service, publishes only the gateway and Keycloak, takes every secret from
 * the environment, runs Kafka with authentication and ACLs, and gives each service every environment
 * variable its application.properties reads.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            return (Map<String, Object>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertThat(service).as("docker-compose service %s", name).isNotNull();
        return service;
    }

    @Test
    void namesTheInfrastructureAndEveryService() throws IOException {
        assertThat(services()).containsKeys("postgres", "kafka", "keycloak",
                "agreements-service", "beneficiaries-service", "donors-service", "gateway");
    }

    @ParameterizedTest
    @CsvSource({"gateway, 8080", "keycloak, 8180"})
    void publishesOnlyTheGatewayAndKeycloak(String name, int port) throws IOException {
        assertThat((List<?>) service(name).get("ports")).map(String::valueOf).containsExactly(port + ":" + port);
        var published = services().entrySet().stream()
                .filter(e -> ((Map<?, ?>) e.getValue()).containsKey("ports")).map(Map.Entry::getKey).toList();
        assertThat(published).containsExactlyInAnyOrder("gateway", "keycloak");
    }

    @ParameterizedTest
    @CsvSource({
            "agreements-service, 8081",
            "beneficiaries-service, 8082",
            "donors-service, 8083",
            "kafka, 9092",
            "postgres, 5432"})
    void keepsTheOthersInsideTheComposeNetwork(String name, int port) throws IOException {
        assertThat(service(name)).doesNotContainKey("ports");
        assertThat((List<?>) service(name).get("expose")).map(String::valueOf).contains(String.valueOf(port));
    }

    @Test
    void takesEverySecretFromTheEnvironmentAndRefusesToStartWithoutIt() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        Matcher secret = Pattern.compile("(?m)^\\s*([A-Z_]*(?:PASSWORD|SECRET)[A-Z_]*):\\s*(.*)$").matcher(compose);
        int secrets = 0;
        while (secret.find()) {
            secrets++;
            assertThat(secret.group(2)).as(secret.group(1)).matches("\\$\\{[A-Z_]+:\\?[^}]+}");
        }
        assertThat(secrets).isGreaterThanOrEqualTo(5);
        assertThat(compose).doesNotContain("hamyar-demo", "change-me");
        // the JAAS lines carry each Kafka user's password from the environment too
        assertThat(compose).contains("password=\"${KAFKA_BENEFICIARIES_PASSWORD:?");
    }

    @Test
    void runsKafkaWithAuthenticationAndAclsSoEachServiceWritesOnlyItsOwnTopic() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> kafka = (Map<String, Object>) service("kafka").get("environment");
        assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"))).doesNotContain("SASL_PLAINTEXT:PLAINTEXT");
        assertThat(kafka).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_SUPER_USERS", "User:admin");
        String setup = Files.readString(ROOT.resolve("docker/kafka-setup.sh"));
        assertThat(setup).contains("writes agreements-service agreements.events", "writes beneficiaries-service beneficiaries.events",
                "writes donors-service donors.events");
        assertThat(setup.lines().filter(l -> l.startsWith("writes ")).map(l -> l.split(" ")))
                .allSatisfy(w -> assertThat(w[2]).as("%s writes only its topic and its dead letters", w[1])
                        .matches(w[1].replace("-service", "") + "\\.events|[a-z]+\\.events\\."
                                + w[1].replace("-service", "") + "-dlq"));
    }

    @ParameterizedTest
    @CsvSource({"agreements-service", "beneficiaries-service", "donors-service", "gateway"})
    @SuppressWarnings("unchecked")
    void givesEachServiceEveryVariableItsConfigurationReads(String name) throws IOException {
        Set<String> read = variablesReadBy(name);
        assertThat(read).as("%s reads its port from HTTP_PORT", name).contains("HTTP_PORT");

        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
        assertThat(environment).as("environment of %s", name).containsKeys(read.toArray(String[]::new));
        List<?> reachable = (List<?>) service(name).getOrDefault("ports", service(name).get("expose"));
        assertThat(String.valueOf(reachable.get(0))).endsWith(String.valueOf(environment.get("HTTP_PORT")));
    }

    @Test
    void mountsTheCommittedRealmIntoKeycloak() throws IOException {
        List<?> volumes = (List<?>) service("keycloak").get("volumes");
        String mount = String.valueOf(volumes.get(0));
        String hostPath = mount.substring(0, mount.indexOf(':'));
        assertThat(ROOT.resolve(hostPath)).isRegularFile();
        assertThat(mount).contains("/opt/keycloak/data/import/");
    }

    @Test
    void createsEachServiceDatabase() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sql"));
        assertThat(init).contains("CREATE DATABASE agreements", "CREATE DATABASE beneficiaries", "CREATE DATABASE donors");
    }

    /** Environment variables the service's production configuration reads (profile-specific test/dev lines excluded). */
    private static Set<String> variablesReadBy(String service) throws IOException {
        Path properties = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(properties)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("%dev") || trimmed.startsWith("%test")) {
                continue;
            }
            Matcher matcher = ENV_REFERENCE.matcher(trimmed);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
