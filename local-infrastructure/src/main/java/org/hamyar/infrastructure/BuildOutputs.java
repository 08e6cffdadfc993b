package org.hamyar.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the local-infrastructure build put the broker's jars and the Keycloak distribution.
 * They are build outputs, not classpath entries, so another module's test JVM finds them here.
 */
final class BuildOutputs {

    private static final String RESOURCE = "org/hamyar/infrastructure/build.properties";
    private static final String HOW_TO_BUILD =
            "build local-infrastructure first: mvn -B -pl local-infrastructure -am package -DskipTests"
                    + " (./hamyar up and ./hamyar test do it)";

    private BuildOutputs() {
    }

    static String kafkaVersion() {
        return properties().getProperty("kafka.version");
    }

    static String keycloakVersion() {
        return properties().getProperty("keycloak.version");
    }

    static Path kafkaBrokerLib() {
        Path lib = Path.of(properties().getProperty("kafka.broker.lib"));
        if (!Files.isRegularFile(lib.resolve("kafka_2.13-" + kafkaVersion() + ".jar"))) {
            throw new IllegalStateException("the Kafka broker jars are missing from " + lib + "; " + HOW_TO_BUILD);
        }
        return lib;
    }

    static Path keycloakDistZip() {
        Path zip = Path.of(properties().getProperty("keycloak.dist.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("the Keycloak distribution is missing at " + zip + "; " + HOW_TO_BUILD);
        }
        return zip;
    }

    private static Properties properties() {
        try (InputStream in = BuildOutputs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; " + HOW_TO_BUILD);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
