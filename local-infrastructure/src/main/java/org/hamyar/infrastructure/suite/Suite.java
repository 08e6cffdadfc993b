package org.hamyar.infrastructure.suite;

import org.hamyar.infrastructure.ChildProcess;
import org.hamyar.infrastructure.FreePorts;
import org.hamyar.infrastructure.KafkaBroker;
import org.hamyar.infrastructure.KeycloakServer;
import org.hamyar.infrastructure.PostgresDatabases;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole suite on one machine, as real processes: the services' databases on the local
 * PostgreSQL, a Kafka broker, Keycloak with the realm {@code hamyar}, then the four packaged
 * services ({@code java -jar <module>/target/quarkus-app/quarkus-run.jar}) in the order
 * agreements, beneficiaries, donors, gateway — each ready before the next starts.
 *
 * <p>Used by {@code ./hamyar up} (detached) and by the end-to-end tests.
 */
public final class Suite implements AutoCloseable {

    /** The services, in start order. */
    public static final List<String> SERVICES = List.of("agreements", "beneficiaries", "donors", "gateway");
    static final String PERSON_HASH_SECRET = "PERSON_HASH_SECRET";
    /** LOCAL DEMO VALUE: the person-hash key of a laptop suite. */
    static final String LOCAL_DEMO_PERSON_HASH_SECRET = "local-demo-person-hash-secret-never-use-in-production";

    /**
     * How each service's JVM runs (docs/benchmarks.md, "Design choices the numbers drove"): the
     * serial collector (no concurrent GC threads and regions on 2 cores; a warm service checked as
     * fast with it as with G1 and held 350 MB instead of 515 MB), a heap of 128 MB to start with
     * (a smaller one makes the young generation so small that it is collected every few hundred
     * requests) that may grow to 256 MB (a registry import of 100,000 rows needs it).
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmx256m");
    /** glibc's malloc opens up to 8 arenas per core, each keeping the memory its threads freed; two are plenty. */
    static final Map<String, String> SERVICE_PROCESS_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /**
     * How long a service of {@code ./hamyar up} may take to stop: one that recorded its
     * ahead-of-time cache writes it as it stops ({@link AotCache}); others stop in a second.
     */
    public static final Duration SERVICE_STOP_GRACE = AotCache.ASSEMBLY_GRACE;

    private final SuiteOptions options;
    /** The ports of each service's replicas (agreements, beneficiaries, donors), the first one first. */
    private final Map<String, List<Integer>> replicaPorts;
    private final List<RunningProcess> processes = new ArrayList<>();
    private final List<ChildProcess> services = new ArrayList<>();
    /** The services recording their ahead-of-time cache: they write it as they stop, given the time. */
    private final List<ChildProcess> trainees = new ArrayList<>();
    /** How each process in {@link #services} was started, by name: {@link #restart} starts it the same way. */
    private final Map<String, ServiceLaunch> launched = new LinkedHashMap<>();
    private Map<String, Path> jars = Map.of();
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    /** A process the suite started, for the launcher's pid file. */
    public record RunningProcess(String name, long pid, Instant started) {
    }

    /**
     * A process to start: its name ({@code agreements}, or {@code agreements-2} for a second
     * replica), module, port and environment (docs/architecture.md, "Configuration").
     */
    record ServiceLaunch(String service, String module, int port, Map<String, String> environment) {
    }

    private Suite(SuiteOptions options, Map<String, List<Integer>> replicaPorts) {
        this.options = options;
        this.replicaPorts = replicaPorts;
    }

    /** Starts the suite for the checkout around the working directory. */
    public static Suite start(SuiteOptions options) {
        return start(options, ProjectRoot.find(), message -> System.out.println("[hamyar] " + message));
    }

    /** Starts the suite of the checkout at {@code projectRoot}, telling {@code progress} what it does. */
    public static Suite start(SuiteOptions options, Path projectRoot, Consumer<String> progress) {
        Map<String, Path> jars = new LinkedHashMap<>();
        SERVICES.forEach(service -> jars.put(module(service), packagedJar(projectRoot, service)));
        requireFree(options);
        SuiteOptions resolved = options.withPorts(
                orFree(options.kafkaPort()), orFree(options.keycloakPort()),
                orFree(options.agreementsPort()), orFree(options.beneficiariesPort()),
                orFree(options.donorsPort()), orFree(options.gatewayPort()));
        Suite suite = new Suite(resolved, replicaPorts(options, resolved));
        suite.jars = Map.copyOf(jars);
        try {
            suite.run(progress);
        } catch (RuntimeException e) {
            progress.accept("failed; stopping what was started");
            suite.close();
            throw e;
        }
        if (resolved.detach()) {
            // only a whole suite outlives us: a Ctrl-C during the start stops what had started
            suite.processes.forEach(process -> ChildProcess.release(process.pid()));
        }
        return suite;
    }

    /** Replica ports: fixed ports step by {@link SuiteOptions#REPLICA_PORT_STEP}, free ones are free. */
    private static Map<String, List<Integer>> replicaPorts(SuiteOptions wanted, SuiteOptions resolved) {
        int[] asked = {wanted.agreementsPort(), wanted.beneficiariesPort(), wanted.donorsPort()};
        int[] first = {resolved.agreementsPort(), resolved.beneficiariesPort(), resolved.donorsPort()};
        Map<String, List<Integer>> ports = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            List<Integer> replicas = new ArrayList<>();
            replicas.add(first[i]);
            for (int replica = 2; replica <= resolved.replicas(); replica++) {
                if (asked[i] == 0) {
                    replicas.add(FreePorts.next());
                } else {
                    int port = SuiteOptions.replicaPort(first[i], replica);
                    FreePorts.requireFree(port, module(SERVICES.get(i)) + " replica " + replica);
                    replicas.add(port);
                }
            }
            ports.put(SERVICES.get(i), List.copyOf(replicas));
        }
        return ports;
    }

    private void run(Consumer<String> progress) {
        progress.accept("databases " + options.agreementsDatabase() + ", " + options.beneficiariesDatabase()
                + ", " + options.donorsDatabase() + " on PostgreSQL");
        PostgresDatabases.ensure(options.agreementsDatabase());
        PostgresDatabases.ensure(options.beneficiariesDatabase());
        PostgresDatabases.ensure(options.donorsDatabase());

        progress.accept("Kafka broker on port " + options.kafkaPort());
        Path workDir = options.workDir().toAbsolutePath();
        kafka = KafkaBroker.start(workDir.resolve("kafka"), options.kafkaPort(), options.detach());
        processes.add(running("kafka", kafka.pid()));

        progress.accept("Keycloak on port " + options.keycloakPort() + " (up to a minute, longer the first time)");
        keycloak = KeycloakServer.start(workDir.resolve("keycloak"), options.keycloakPort(), options.detach());
        processes.add(running("keycloak", keycloak.pid()));

        List<ServiceLaunch> launches = launches(options, replicaPorts, kafka.bootstrapServers(), keycloak.realmUrl());
        for (ServiceLaunch launch : launches) {
            progress.accept(launch.module() + (launch.service().contains("-") ? " (replica " + launch.service()
                    .substring(launch.service().lastIndexOf('-') + 1) + ")" : "") + " on port " + launch.port());
            launched.put(launch.service(), launch);
            ChildProcess service = startService(launch);
            services.add(service);
            processes.add(running(launch.service(), service.pid()));
            service.awaitHttpOk(URI.create(url(launch.port()) + "/q/health/ready"), READY_TIMEOUT);
        }
    }

    private ChildProcess startService(ServiceLaunch launch) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SERVICE_JVM_OPTIONS);
        // replicas share the packaged application: the first instance alone may write its cache
        List<String> aot = AotCache.options(jars.get(launch.module()), Runtime.version().feature(),
                options.aotTraining() && !launch.service().contains("-"));
        command.addAll(aot);
        command.addAll(List.of("-jar", jars.get(launch.module()).toString()));
        Map<String, String> environment = new LinkedHashMap<>(launch.environment());
        environment.putAll(SERVICE_PROCESS_ENVIRONMENT);
        ChildProcess service = ChildProcess.start(launch.service(), command, environment, options.workDir().toAbsolutePath(),
                logFile(launch.service()), options.detach());
        if (AotCache.isTraining(aot)) {
            trainees.add(service);
        }
        return service;
    }

    /**
     * Kills one service process with SIGKILL, as a crash would (no graceful stop: what it had not
     * committed is gone), and waits until it is gone. {@code name} as in {@link #processes()}:
     * {@code agreements}, {@code donors-2}, {@code gateway}. {@link #restart} starts it again.
     */
    public synchronized void kill(String name) {
        services.get(indexOf(name)).kill();
    }

    /**
     * Starts a killed service process again, on its port with its environment, and waits until it
     * is ready; its output goes on in the same log. A no-op while it runs.
     */
    public synchronized void restart(String name) {
        int index = indexOf(name);
        if (services.get(index).isAlive()) {
            return;
        }
        ServiceLaunch launch = launched.get(name);
        ChildProcess service = startService(launch);
        services.set(index, service);
        processes.replaceAll(process -> process.name().equals(name) ? running(name, service.pid()) : process);
        service.awaitHttpOk(URI.create(url(launch.port()) + "/q/health/ready"), READY_TIMEOUT);
    }

    private int indexOf(String name) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no service process " + name + "; the processes are " + launched.keySet());
    }

    /** What each service is started with, one instance each; package-private for its unit test. */
    static List<ServiceLaunch> launches(SuiteOptions options, String kafkaBootstrapServers, String realmUrl) {
        Map<String, List<Integer>> single = new LinkedHashMap<>();
        single.put("agreements", List.of(options.agreementsPort()));
        single.put("beneficiaries", List.of(options.beneficiariesPort()));
        single.put("donors", List.of(options.donorsPort()));
        return launches(options, single, kafkaBootstrapServers, realmUrl);
    }

    /**
     * What each process is started with: every replica of the three services (the same database and
     * consumer group; replicas coordinate through them), then the gateway, which lists the replicas.
     */
    static List<ServiceLaunch> launches(SuiteOptions options, Map<String, List<Integer>> replicaPorts,
                                        String kafkaBootstrapServers, String realmUrl) {
        String[] databases = {options.agreementsDatabase(), options.beneficiariesDatabase(), options.donorsDatabase()};
        List<ServiceLaunch> launches = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            List<Integer> ports = i < databases.length ? replicaPorts.get(service) : List.of(options.gatewayPort());
            for (int replica = 1; replica <= ports.size(); replica++) {
                launches.add(launch(options, service, replica, ports.get(replica - 1),
                        i < databases.length ? databases[i] : null, replicaPorts, kafkaBootstrapServers, realmUrl));
            }
        }
        return launches;
    }

    private static ServiceLaunch launch(SuiteOptions options, String service, int replica, int port, String database,
                                        Map<String, List<Integer>> replicaPorts,
                                        String kafkaBootstrapServers, String realmUrl) {
        Map<String, String> environment = new LinkedHashMap<>(options.serviceEnvironment());
        environment.put("HTTP_PORT", String.valueOf(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("OIDC_AUTH_SERVER_URL", realmUrl);
        environment.put("DEMO_DATA", String.valueOf(options.demoData()));
        if (database != null) {
            environment.put("DB_URL", PostgresDatabases.jdbcUrl(database));
            environment.put("DB_USER", PostgresDatabases.user());
            environment.put("DB_PASSWORD", PostgresDatabases.password());
            if (service.equals("beneficiaries")) {
                environment.put(PERSON_HASH_SECRET, personHashSecret());
            }
        } else {
            environment.put("AGREEMENTS_URL", urls(replicaPorts.get("agreements")));
            environment.put("BENEFICIARIES_URL", urls(replicaPorts.get("beneficiaries")));
            environment.put("DONORS_URL", urls(replicaPorts.get("donors")));
        }
        String name = replica == 1 ? service : service + "-" + replica;
        return new ServiceLaunch(name, module(service), port, Map.copyOf(environment));
    }

    private static String urls(List<Integer> ports) {
        return String.join(",", ports.stream().map(Suite::url).toList());
    }

    /**
     * The network's person-hash key: the service refuses to start without one outside dev and
     * test. The suite runs on a laptop, so it passes the caller's {@value #PERSON_HASH_SECRET} when
     * set and otherwise a LOCAL DEMO VALUE, never to be used outside a laptop.
     */
    static String personHashSecret() {
        String fromEnvironment = System.getenv(PERSON_HASH_SECRET);
        return fromEnvironment == null || fromEnvironment.isBlank() ? LOCAL_DEMO_PERSON_HASH_SECRET : fromEnvironment;
    }

    /** {@code http://localhost:<port>} of each replica of {@code agreements}, {@code beneficiaries} or {@code donors}. */
    public List<String> replicaUrls(String service) {
        List<Integer> ports = replicaPorts.get(service.replaceFirst("-service$", ""));
        if (ports == null) {
            throw new IllegalArgumentException("not a service with replicas: " + service);
        }
        return ports.stream().map(Suite::url).toList();
    }

    /** {@code http://localhost:<gateway port>} */
    public String gatewayUrl() {
        return serviceUrl("gateway");
    }

    /** {@code http://localhost:<port>} of {@code agreements}, {@code beneficiaries}, {@code donors} or {@code gateway} (with or without {@code -service}). */
    public String serviceUrl(String service) {
        return url(switch (service.replaceFirst("-service$", "")) {
            case "agreements" -> options.agreementsPort();
            case "beneficiaries" -> options.beneficiariesPort();
            case "donors" -> options.donorsPort();
            case "gateway" -> options.gatewayPort();
            default -> throw new IllegalArgumentException("no service " + service + "; the services are " + SERVICES);
        });
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The options with the ports actually used. */
    public SuiteOptions options() {
        return options;
    }

    /** Every process started, in start order. */
    public List<RunningProcess> processes() {
        return List.copyOf(processes);
    }

    /** {@code <workDir>/logs/<service>.log} */
    public Path logFile(String service) {
        return options.workDir().toAbsolutePath().resolve("logs").resolve(service.replaceFirst("-service$", "") + ".log");
    }

    /** Stops the services (gateway first), Keycloak and Kafka. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            ChildProcess service = services.get(i);
            service.stop(trainees.contains(service) ? AotCache.ASSEMBLY_GRACE : STOP_GRACE);
        }
        services.clear();
        trainees.clear();
        launched.clear();
        if (keycloak != null) {
            keycloak.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        processes.clear();
    }

    /**
     * Whether every service of the checkout has an ahead-of-time cache newer than its packaged
     * application (a suite started with {@link SuiteOptions#withAotTraining()} and stopped writes them).
     */
    public static boolean aotCachesCurrent(Path projectRoot) {
        return Runtime.version().feature() < AotCache.FIRST_RELEASE || SERVICES.stream()
                .allMatch(service -> AotCache.isCurrent(packagedJar(projectRoot, service).resolveSibling(AotCache.FILE_NAME)));
    }

    private static Path packagedJar(Path projectRoot, String service) {
        Path jar = projectRoot.resolve(module(service)).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module(service) + " is not packaged: " + jar + " is missing;"
                    + " build it with mvn -B package -DskipTests (./hamyar up does)");
        }
        return jar;
    }

    static String module(String service) {
        return service.equals("gateway") ? "gateway" : service + "-service";
    }

    private static void requireFree(SuiteOptions options) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("Kafka", options.kafkaPort());
        wanted.put("Keycloak", options.keycloakPort());
        wanted.put("agreements-service", options.agreementsPort());
        wanted.put("beneficiaries-service", options.beneficiariesPort());
        wanted.put("donors-service", options.donorsPort());
        wanted.put("gateway", options.gatewayPort());
        wanted.forEach((what, port) -> {
            if (port != 0) {
                FreePorts.requireFree(port, what);
            }
        });
    }

    private static int orFree(int port) {
        return port == 0 ? FreePorts.next() : port;
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    private static RunningProcess running(String name, long pid) {
        Instant started = ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant()).orElse(Instant.EPOCH);
        return new RunningProcess(name, pid, started);
    }
}
