package org.hamyar.infrastructure.launcher;

import org.hamyar.infrastructure.ChildProcess;
import org.hamyar.infrastructure.KeycloakServer;
import org.hamyar.infrastructure.suite.ProjectRoot;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.suite.SuiteOptions;
import org.hamyar.infrastructure.testing.DemoUsers;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local launcher behind {@code ./hamyar}: {@code up}, {@code down}, {@code status} and
 * {@code add-user}. {@code up} leaves the suite running after it exits and writes the pids it
 * started to {@code .hamyar/pids}; {@code down} stops exactly those (and what they started).
 */
public final class Launcher {

    static final String USAGE = """
            usage: hamyar up [--replicas N]                    start Kafka, Keycloak and the four services (demo data on);
                                                               N (1-4) instances of each service behind the gateway
                   hamyar down                                 stop what up started
                   hamyar status                               what runs, and whether it is ready
                   hamyar add-user <username> <org-uuid> <role...>
                                                               a Keycloak user with the password %s
                                                               (roles: officer coordinator donor auditor admin)
            """.formatted(DemoUsers.PASSWORD);

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path root;
    private final SuiteOptions options;
    private final PrintStream out;

    Launcher(Path root, PrintStream out) {
        this(root, SuiteOptions.local(root), out);
    }

    /** With other ports or another work directory than the laptop's: for tests. */
    Launcher(Path root, SuiteOptions options, PrintStream out) {
        this.root = root;
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = new Launcher(ProjectRoot.find(), System.out).run(args);
        } catch (RuntimeException e) {
            System.err.println("hamyar: " + e.getMessage());
            exit = 1;
        }
        System.exit(exit);
    }

    int run(String[] args) {
        if (args.length == 0) {
            out.print(USAGE);
            return 2;
        }
        return switch (args[0]) {
            case "up" -> up(Arrays.copyOfRange(args, 1, args.length));
            case "down" -> down();
            case "status" -> status();
            case "add-user" -> addUser(Arrays.copyOfRange(args, 1, args.length));
            default -> {
                out.print(USAGE);
                yield 2;
            }
        };
    }

    private int up(String[] args) {
        int replicas = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--replicas") && i + 1 < args.length) {
                replicas = replicasOf(args[++i]);
            } else if (args[i].startsWith("--replicas=")) {
                replicas = replicasOf(args[i].substring("--replicas=".length()));
            } else {
                throw new IllegalArgumentException("up takes only --replicas N, not " + args[i]);
            }
        }
        List<PidEntry> alive = PidEntry.read(pidFile()).stream().filter(PidEntry::isAlive).toList();
        if (!alive.isEmpty()) {
            throw new IllegalStateException("the suite is already running (" + names(alive)
                    + "); see ./hamyar status, or stop it with ./hamyar down");
        }
        Suite suite = Suite.start(options.withReplicas(replicas), root, message -> out.println("starting " + message));
        PidEntry.write(pidFile(), suite.processes().stream()
                .map(process -> new PidEntry(process.name(), process.pid(), process.started())).toList());
        printWelcome(suite);
        return 0;
    }

    private static int replicasOf(String value) {
        try {
            int replicas = Integer.parseInt(value);
            if (replicas >= 1 && replicas <= SuiteOptions.MAX_REPLICAS) {
                return replicas;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says it
        }
        throw new IllegalArgumentException("--replicas takes a number from 1 to " + SuiteOptions.MAX_REPLICAS
                + ", not " + value);
    }

    private int down() {
        List<PidEntry> entries = PidEntry.read(pidFile());
        if (entries.isEmpty()) {
            out.println("nothing to stop: no " + display(pidFile()));
            return 0;
        }
        // the reverse of the start order: the gateway first, Kafka last
        for (int i = entries.size() - 1; i >= 0; i--) {
            PidEntry entry = entries.get(i);
            Optional<ProcessHandle> handle = entry.handle();
            if (handle.isPresent()) {
                // a service that recorded its ahead-of-time cache writes it as it stops
                ChildProcess.stopTree(handle.get(), entry.name().equals("kafka") || entry.name().equals("keycloak")
                        ? STOP_GRACE : Suite.SERVICE_STOP_GRACE);
                out.println("stopped " + entry.name() + " (pid " + entry.pid() + ")");
            } else {
                out.println(entry.name() + " (pid " + entry.pid() + ") was not running");
            }
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private int status() {
        List<PidEntry> entries = PidEntry.read(pidFile());
        if (entries.isEmpty()) {
            out.println("not running (start it with ./hamyar up)");
            return 3;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean allReady = true;
        for (PidEntry entry : entries) {
            String state;
            if (!entry.isAlive()) {
                state = "NOT RUNNING";
                allReady = false;
            } else {
                Optional<URI> readiness = readinessUrl(entry.name(), options);
                boolean ready = readiness.map(url -> answersOk(http, url)).orElse(true);
                allReady &= ready;
                state = ready ? "running" : "running, NOT READY";
            }
            out.printf("%-14s pid %-8d %-18s %s%n", entry.name(), entry.pid(), state, address(entry.name(), options));
        }
        return allReady ? 0 : 1;
    }

    private int addUser(String[] args) {
        if (args.length < 3) {
            out.print(USAGE);
            return 2;
        }
        UUID org;
        try {
            org = UUID.fromString(args[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an organisation id (a UUID): " + args[1]);
        }
        String[] roles = Arrays.copyOfRange(args, 2, args.length);
        KeycloakServer.running(options.keycloakPort()).createUser(args[0], DemoUsers.PASSWORD, org, roles);
        out.printf("created %s (organisation %s, roles %s) with the password %s%n",
                args[0], org, String.join(", ", roles), DemoUsers.PASSWORD);
        return 0;
    }

    private void printWelcome(Suite suite) {
        KeycloakServer keycloak = suite.keycloak();
        out.println();
        out.println("Hamyar is running.");
        out.println();
        // the gateway first: it is the entry for apps and partners
        for (String service : List.of("gateway", "agreements", "beneficiaries", "donors")) {
            String url = suite.serviceUrl(service);
            out.printf("  %-15s %s   swagger-ui %s/q/swagger-ui   openapi %s/q/openapi%n", service, url, url, url);
            if (!service.equals("gateway") && suite.options().replicas() > 1) {
                out.printf("  %-15s %s%n", "", "replicas " + String.join(", ", suite.replicaUrls(service)));
            }
        }
        out.printf("  %-15s %s   (%s / %s: local demo values)%n", "Keycloak admin",
                keycloak.adminConsoleUrl(), KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
        out.printf("  %-15s %s%n", "Kafka", suite.kafkaBootstrapServers());
        Path workDir = suite.options().workDir();
        out.printf("  %-15s %s/   Kafka: %s   Keycloak: %s%n", "logs", display(suite.logFile("gateway").getParent()),
                display(workDir.resolve("kafka/kafka.log")), display(workDir.resolve("keycloak/keycloak.log")));
        out.println();
        out.println("Demo users, password " + DemoUsers.PASSWORD + " (a LOCAL DEMO VALUE):");
        out.printf("  %-32s %-12s %s%n", "username", "role", "organisation");
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            out.printf("  %-32s %-12s %s  %s%n", user.username(), user.role(), user.organization(), user.organizationName());
        }
        out.println();
        out.println("Try it:");
        out.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + KeycloakServer.APP_CLIENT
                + " -d username=" + DemoUsers.COORDINATOR_QAZVIN_RELIEF + " -d password=" + DemoUsers.PASSWORD + " \\");
        out.println("      " + keycloak.tokenUrl() + " \\");
        out.println("      | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + suite.gatewayUrl() + "/api/organizations");
        out.println();
        out.println("More users: ./hamyar add-user <username> <org-uuid> <role...>    Stop: ./hamyar down");
    }

    private static Optional<URI> readinessUrl(String name, SuiteOptions options) {
        int dash = name.lastIndexOf('-');
        if (dash > 0 && name.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            // replica n of a service: its port steps from the first replica's
            int replica = Integer.parseInt(name.substring(dash + 1));
            return readinessUrl(name.substring(0, dash), options)
                    .map(url -> URI.create("http://localhost:" + SuiteOptions.replicaPort(url.getPort(), replica)
                            + url.getPath()));
        }
        return switch (name) {
            case "agreements" -> health(options.agreementsPort());
            case "beneficiaries" -> health(options.beneficiariesPort());
            case "donors" -> health(options.donorsPort());
            case "gateway" -> health(options.gatewayPort());
            case "keycloak" -> Optional.of(URI.create("http://localhost:" + options.keycloakPort()
                    + "/realms/" + KeycloakServer.REALM + "/.well-known/openid-configuration"));
            default -> Optional.empty();
        };
    }

    private static Optional<URI> health(int port) {
        return Optional.of(URI.create("http://localhost:" + port + "/q/health/ready"));
    }

    private static String address(String name, SuiteOptions options) {
        return switch (name) {
            case "kafka" -> "127.0.0.1:" + options.kafkaPort();
            default -> readinessUrl(name, options).map(url -> "http://localhost:" + url.getPort()).orElse("");
        };
    }

    private static boolean answersOk(HttpClient http, URI url) {
        try {
            return http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    private Path pidFile() {
        return options.workDir().resolve("pids");
    }

    private static String names(List<PidEntry> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> names.add(entry.name() + " pid " + entry.pid()));
        return String.join(", ", names);
    }

    /**
     * One line of {@code .hamyar/pids}: name, pid and the process's start time. The start time
     * guards against pid reuse: {@code down} never stops a process that merely got an old pid.
     */
    record PidEntry(String name, long pid, Instant started) {

        static List<PidEntry> read(Path file) {
            if (!Files.exists(file)) {
                return List.of();
            }
            try {
                return Files.readAllLines(file).stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.trim().split("\\s+"))
                        .map(fields -> new PidEntry(fields[0], Long.parseLong(fields[1]),
                                Instant.ofEpochMilli(Long.parseLong(fields[2]))))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " is damaged (" + e.getMessage() + "); stop the processes"
                        + " by hand and delete it", e);
            }
        }

        static void write(Path file, List<PidEntry> entries) {
            StringBuilder text = new StringBuilder("# written by ./hamyar up: name pid start-time-epoch-ms\n");
            entries.forEach(entry -> text.append(entry.name()).append(' ').append(entry.pid()).append(' ')
                    .append(entry.started().toEpochMilli()).append('\n'));
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Optional<ProcessHandle> handle() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().startInstant().map(this::sameStart).orElse(false));
        }

        boolean isAlive() {
            return handle().isPresent();
        }

        private boolean sameStart(Instant actual) {
            // /proc gives the start time in clock ticks: allow for rounding
            return Duration.between(actual, started).abs().compareTo(Duration.ofSeconds(1)) <= 0;
        }
    }
}
