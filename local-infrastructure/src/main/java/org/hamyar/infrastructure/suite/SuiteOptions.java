package org.hamyar.infrastructure.suite;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the suite. A port of 0 means "pick a free one".
 *
 * @param workDir               where Kafka's data, Keycloak's home and the services' logs go
 * @param agreementsDatabase    PostgreSQL database of the agreements-service (created if missing)
 * @param beneficiariesDatabase PostgreSQL database of the beneficiaries-service
 * @param donorsDatabase        PostgreSQL database of the donors-service
 * @param demoData              the services load the seed reports' demo data ({@code DEMO_DATA})
 * @param detach                the processes outlive this JVM (the launcher's {@code up}); otherwise
 *                              they stop with {@link Suite#close()} or when the JVM exits
 * @param replicas              instances of each of the three services (the gateway balances across
 *                              them); the gateway, Kafka and Keycloak run once
 * @param aotTraining           a service without a current ahead-of-time cache records one while it
 *                              runs, written when it stops ({@link AotCache}); services start from a
 *                              current cache either way
 * @param serviceEnvironment    more environment of every service process (the gateway's too), such
 *                              as where to send traces; the suite's own variables take precedence
 */
public record SuiteOptions(Path workDir,
                           int kafkaPort, int keycloakPort,
                           int agreementsPort, int beneficiariesPort, int donorsPort, int gatewayPort,
                           String agreementsDatabase, String beneficiariesDatabase, String donorsDatabase,
                           boolean demoData, boolean detach, int replicas, boolean aotTraining,
                           Map<String, String> serviceEnvironment) {

    /** The most replicas of a service the launcher starts on one machine. */
    public static final int MAX_REPLICAS = 4;
    /** Replica n (from 2) of a service listens on its port + (n - 1) × this, when the ports are fixed. */
    public static final int REPLICA_PORT_STEP = 10;

    public static final int LOCAL_KAFKA_PORT = 9092;
    public static final int LOCAL_KEYCLOAK_PORT = 8180;
    public static final int LOCAL_AGREEMENTS_PORT = 8081;
    public static final int LOCAL_BENEFICIARIES_PORT = 8082;
    public static final int LOCAL_DONORS_PORT = 8083;
    public static final int LOCAL_GATEWAY_PORT = 8080;

    public SuiteOptions {
        Objects.requireNonNull(workDir, "workDir");
        for (int port : new int[] {kafkaPort, keycloakPort, agreementsPort, beneficiariesPort, donorsPort, gatewayPort}) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
        }
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be 1 to " + MAX_REPLICAS + ", not " + replicas);
        }
        serviceEnvironment = Map.copyOf(serviceEnvironment);
        requireName(agreementsDatabase, "agreementsDatabase");
        requireName(beneficiariesDatabase, "beneficiariesDatabase");
        requireName(donorsDatabase, "donorsDatabase");
    }

    /** {@code replicas} instances of each service, no training of ahead-of-time caches. */
    public SuiteOptions(Path workDir,
                        int kafkaPort, int keycloakPort,
                        int agreementsPort, int beneficiariesPort, int donorsPort, int gatewayPort,
                        String agreementsDatabase, String beneficiariesDatabase, String donorsDatabase,
                        boolean demoData, boolean detach, int replicas) {
        this(workDir, kafkaPort, keycloakPort, agreementsPort, beneficiariesPort, donorsPort, gatewayPort,
                agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach, replicas, false, Map.of());
    }

    /** One instance of each service. */
    public SuiteOptions(Path workDir,
                        int kafkaPort, int keycloakPort,
                        int agreementsPort, int beneficiariesPort, int donorsPort, int gatewayPort,
                        String agreementsDatabase, String beneficiariesDatabase, String donorsDatabase,
                        boolean demoData, boolean detach) {
        this(workDir, kafkaPort, keycloakPort, agreementsPort, beneficiariesPort, donorsPort, gatewayPort,
                agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach, 1);
    }

    /** The same suite with {@code count} instances of each service. */
    public SuiteOptions withReplicas(int count) {
        return new SuiteOptions(workDir, kafkaPort, keycloakPort, agreementsPort, beneficiariesPort, donorsPort,
                gatewayPort, agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach, count, aotTraining,
                serviceEnvironment);
    }

    /** The same suite, whose services record their ahead-of-time caches when they have no current one. */
    public SuiteOptions withAotTraining() {
        return new SuiteOptions(workDir, kafkaPort, keycloakPort, agreementsPort, beneficiariesPort, donorsPort,
                gatewayPort, agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach, replicas, true,
                serviceEnvironment);
    }

    /** The same suite, its services started with these variables besides their own. */
    public SuiteOptions withServiceEnvironment(Map<String, String> environment) {
        return new SuiteOptions(workDir, kafkaPort, keycloakPort, agreementsPort, beneficiariesPort, donorsPort,
                gatewayPort, agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach, replicas, aotTraining,
                environment);
    }

    /** The port of replica {@code replica} (1 = the first) of a service whose first replica listens on {@code port}. */
    public static int replicaPort(int port, int replica) {
        return port + (replica - 1) * REPLICA_PORT_STEP;
    }

    /**
     * The laptop suite of {@code ./hamyar up}: the documented ports, {@code <root>/.hamyar}, demo data,
     * detached; the first run after a build records the services' ahead-of-time caches.
     */
    public static SuiteOptions local(Path projectRoot) {
        return new SuiteOptions(projectRoot.resolve(".hamyar"),
                LOCAL_KAFKA_PORT, LOCAL_KEYCLOAK_PORT,
                LOCAL_AGREEMENTS_PORT, LOCAL_BENEFICIARIES_PORT, LOCAL_DONORS_PORT, LOCAL_GATEWAY_PORT,
                "agreements", "beneficiaries", "donors", true, true, 1, true, Map.of());
    }

    /**
     * A suite for black-box tests: free ports, databases named {@code <service><databaseSuffix>}
     * (e.g. {@code _e2e}), no demo data, stopped with the test JVM.
     */
    public static SuiteOptions forTests(Path workDir, String databaseSuffix) {
        return new SuiteOptions(workDir, 0, 0, 0, 0, 0, 0,
                "agreements" + databaseSuffix, "beneficiaries" + databaseSuffix, "donors" + databaseSuffix,
                false, false);
    }

    SuiteOptions withPorts(int kafka, int keycloak, int agreements, int beneficiaries, int donors, int gateway) {
        return new SuiteOptions(workDir, kafka, keycloak, agreements, beneficiaries, donors, gateway,
                agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach, replicas, aotTraining,
                serviceEnvironment);
    }

    private static void requireName(String database, String what) {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
