package org.hamyar.infrastructure.suite;

import java.nio.file.Path;
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
 */
public record SuiteOptions(Path workDir,
                           int kafkaPort, int keycloakPort,
                           int agreementsPort, int beneficiariesPort, int donorsPort, int gatewayPort,
                           String agreementsDatabase, String beneficiariesDatabase, String donorsDatabase,
                           boolean demoData, boolean detach) {

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
        requireName(agreementsDatabase, "agreementsDatabase");
        requireName(beneficiariesDatabase, "beneficiariesDatabase");
        requireName(donorsDatabase, "donorsDatabase");
    }

    /** The laptop suite of {@code ./hamyar up}: the documented ports, {@code <root>/.hamyar}, demo data, detached. */
    public static SuiteOptions local(Path projectRoot) {
        return new SuiteOptions(projectRoot.resolve(".hamyar"),
                LOCAL_KAFKA_PORT, LOCAL_KEYCLOAK_PORT,
                LOCAL_AGREEMENTS_PORT, LOCAL_BENEFICIARIES_PORT, LOCAL_DONORS_PORT, LOCAL_GATEWAY_PORT,
                "agreements", "beneficiaries", "donors", true, true);
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
                agreementsDatabase, beneficiariesDatabase, donorsDatabase, demoData, detach);
    }

    private static void requireName(String database, String what) {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
