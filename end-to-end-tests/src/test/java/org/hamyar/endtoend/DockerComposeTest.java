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
 * it honest: it names every service, exposes the ports of docs/product.md §1, and gives each service every
 * environment variable its application.properties reads.
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
    @CsvSource({
            "agreements-service, 8081",
            "beneficiaries-service, 8082",
            "donors-service, 8083",
            "gateway, 8080",
            "kafka, 9092",
            "keycloak, 8180",
            "postgres, 5432"})
    void exposesThePortOfSpecSection1(String name, int port) throws IOException {
        assertThat((List<?>) service(name).get("ports")).map(String::valueOf).contains(port + ":" + port);
    }

    @ParameterizedTest
    @CsvSource({"agreements-service", "beneficiaries-service", "donors-service", "gateway"})
    @SuppressWarnings("unchecked")
    void givesEachServiceEveryVariableItsConfigurationReads(String name) throws IOException {
        Set<String> read = variablesReadBy(name);
        assertThat(read).as("%s reads its port from HTTP_PORT", name).contains("HTTP_PORT");

        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
        assertThat(environment).as("environment of %s", name).containsKeys(read.toArray(String[]::new));
        assertThat(String.valueOf(environment.get("HTTP_PORT")))
                .isEqualTo(String.valueOf(((List<?>) service(name).get("ports")).get(0)).split(":")[1]);
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
