package org.hamyar.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hamyar.endtoend.AccessMatrixFixtures.Kind;
import org.hamyar.endtoend.AccessMatrixFixtures.Relation;
import org.hamyar.endtoend.ApiOperations.Caller;
import org.hamyar.endtoend.ApiOperations.Operation;
import org.hamyar.endtoend.MatrixHttp.Reply;
import org.hamyar.infrastructure.suite.Suite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access matrix (docs/security.md): every operation the OpenAPI documents state, asked by every
 * role, by each organisation's relation to a family's records, and with every kind of bad token,
 * through the gateway and directly against the service that owns it; each answer is checked
 * against what the documents and docs/product.md §2 say. The operations are read from the
 * documents, never listed here, so a new endpoint joins the matrix by being documented; an
 * endpoint whose document names no roles, or whose path addresses a record the matrix has no
 * fixture for and no stated reason to skip, fails it.
 *
 * <p>One test on purpose: it collects every cell that disagrees and reports them all at once, with
 * the matrix's size, rather than stopping at the first.
 */
class AccessMatrixIT {

    private static final List<String> ROLES = BadTokens.ROLES;
    private static final List<String> SERVICES = List.of("agreements-service", "beneficiaries-service", "donors-service");

    /**
     * Fewer operations than this in a document means it did not load whole (a broken document, a
     * service that did not answer): the matrix would then pass by checking less. Today's counts are
     * higher; raise these when a service grows, never lower them to make a run pass.
     */
    private static final Map<String, Integer> MINIMUM_OPERATIONS = Map.of(
            "agreements-service", 25, "beneficiaries-service", 40, "donors-service", 22, "gateway", 3);

    /** The only operations a document may leave to any signed-in user: a user's own view of itself. */
    private static final Set<String> ANY_SIGNED_IN_USER = Set.of("GET /api/mobile/me");

    /** Who sees the family's file: docs/product.md §2 (registrant, data sharing, accepted referral). */
    private static final Set<Relation> FAMILY = Set.of(Relation.OWN, Relation.SHARED, Relation.REFERRED);

    /**
     * A path that addresses a record of the family's file: the fixture that fills its first path
     * parameter ({@code {personId}} after it is the household's head) and the relations that see it.
     */
    private record RecordPath(Pattern pattern, Kind kind, Set<Relation> seenBy) {
    }

    private static final List<RecordPath> RECORDS = List.of(
            new RecordPath(Pattern.compile("^/api/(mobile/)?households/\\{[^}/]+}(/.*)?$"), Kind.HOUSEHOLD, FAMILY),
            new RecordPath(Pattern.compile("^/api/persons/\\{[^}/]+}(/.*)?$"), Kind.PERSON, FAMILY),
            new RecordPath(Pattern.compile("^/api/aid/\\{[^}/]+}(/.*)?$"), Kind.AID, FAMILY),
            // an enrolment and an import are the organisation's own business (beneficiaries-service README)
            new RecordPath(Pattern.compile("^/api/enrolments/\\{[^}/]+}(/.*)?$"), Kind.ENROLMENT, Set.of(Relation.OWN)),
            new RecordPath(Pattern.compile("^/api/imports/\\{[^}/]+}(/.*)?$"), Kind.IMPORT, Set.of(Relation.OWN)),
            // a referral is its two parties'
            new RecordPath(Pattern.compile("^/api/referrals/\\{[^}/]+}(/.*)?$"), Kind.REFERRAL, Set.of(Relation.OWN, Relation.REFERRED)),
            // a draft agreement exists for its parties only (an agreement's own path, without a second parameter)
            new RecordPath(Pattern.compile("^/api/agreements/\\{[^}/]+}(/[^{}]*)?$"), Kind.DRAFT_AGREEMENT, Set.of(Relation.OWN, Relation.SHARED)),
            // the donors-service's copy of the aid, from AidGranted: the providing organisation's
            new RecordPath(Pattern.compile("^/api/allocations/granted-aid/\\{[^}/]+}$"), Kind.AID, Set.of(Relation.OWN)));

    /**
     * Paths with parameters that are not a family's record, and why the organisation relations do
     * not apply to them: they get the role and token dimensions with ids that exist nowhere. A new
     * path with parameters must be added here or to {@link #RECORDS}, or the matrix fails.
     */
    private static final Map<String, String> NOT_A_FAMILY_RECORD = Map.ofEntries(
            Map.entry("/api/organizations/{", "the network's directory: every role reads every organisation (docs/product.md §3)"),
            Map.entry("/api/agreements/{", "an amendment, a version, a nomination or a commitment of an agreement (a second parameter): the draft's own paths carry its relations, these have no fixture"),
            Map.entry("/api/duplicates/{", "a flag needs two alike registrations; whoever may see both persons sees it, which the beneficiaries-service's DuplicateTest covers"),
            Map.entry("/api/donors/{", "the donors-service scopes by donor and fund manager, not by data sharing (docs/product.md §5)"),
            Map.entry("/api/funds/{", "the donors-service scopes by donor and fund manager, not by data sharing (docs/product.md §5)"),
            Map.entry("/api/donations/{", "the donors-service scopes by donor and fund manager, not by data sharing (docs/product.md §5)"),
            Map.entry("/api/endowments/{", "the donors-service scopes by donor and fund manager, not by data sharing (docs/product.md §5)"),
            Map.entry("/api/allocations/{", "the donors-service scopes by donor and fund manager, not by data sharing (docs/product.md §5)"),
            Map.entry("/api/agreements-admin/", "the network's event administration (dead letters, events set aside): admins whatever their organisation, auditors list (transactional-outbox README)"),
            Map.entry("/api/beneficiaries-admin/", "the network's event administration (dead letters, events set aside): admins whatever their organisation, auditors list (transactional-outbox README)"),
            Map.entry("/api/donors-admin/", "the network's event administration (dead letters, events set aside): admins whatever their organisation, auditors list (transactional-outbox README)"));

    private static Suite suite;
    private static MatrixHttp http;
    private static AccessMatrixFixtures fixtures;
    private static BadTokens badTokens;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> cells = new TreeMap<>();

    @BeforeAll
    static void startSuite() {
        suite = EndToEndSuite.shared();
        http = new MatrixHttp(suite);
        fixtures = AccessMatrixFixtures.build(suite, http);
        badTokens = BadTokens.make(suite.keycloak(), http.client(), AccessMatrixFixtures.EVERY_ROLE_USER,
                AccessMatrixFixtures.PASSWORD, fixtures.organizations.get(Relation.OWN));
    }

    /** Where a request goes: the gateway, or the service that owns the operation, directly. */
    record Route(String name, String baseUrl, List<Operation> operations) {
    }

    @Test
    void everyDocumentedOperationAnswersEveryRoleRelationAndBadTokenAsDocumented() {
        Instant started = Instant.now();
        List<Route> routes = readDocuments();
        List<Operation> gatewayOperations = routes.get(0).operations();
        requireEveryOperationStatesItsRoles(gatewayOperations);
        requireEveryPathParameterCanBeFilled(gatewayOperations);

        for (Route route : routes) {
            relations(route, true);
        }
        for (Route route : routes) {
            relations(route, false);
        }
        for (Route route : routes) {
            roles(route);
        }
        badTokens.awaitExpiry();
        for (Route route : routes) {
            badTokens(route);
        }

        int total = cells.values().stream().mapToInt(Integer::intValue).sum();
        int operations = routes.stream().mapToInt(r -> r.operations().size()).sum();
        System.out.printf("%nAccess matrix: %d operations read from the OpenAPI documents (%s)%n", operations,
                routes.stream().map(r -> r.name() + " " + r.operations().size()).collect(Collectors.joining(", ")));
        System.out.printf("  roles %s; relations %s; bad tokens %s%n", ROLES, List.of(Relation.values()),
                List.of(BadTokens.Kind.values()));
        cells.forEach((dimension, count) -> System.out.printf("  %-40s %6d requests asserted%n", dimension, count));
        System.out.printf("  %-40s %6d requests asserted in %d s (%d answers 429 waited out), %d disagree%n%n", "total",
                total, Duration.between(started, Instant.now()).toSeconds(), http.rateLimited(), failures.size());

        assertThat(failures).as("cells of the access matrix that disagree with the documents (docs/security.md says how to read them)")
                .isEmpty();
    }

    // --- the documents --------------------------------------------------------------------------

    private List<Route> readDocuments() {
        List<Route> routes = new ArrayList<>();
        JsonNode merged = fetch(suite.gatewayUrl() + "/api-docs/openapi.json", "gateway-merged");
        assertThat(merged.path("x-missing").size()).as("services missing from the merged document: " + merged.path("x-missing"))
                .isZero();
        List<Operation> gateway = ApiOperations.read(merged);
        routes.add(new Route("gateway", suite.gatewayUrl(), gateway));

        Set<String> direct = new LinkedHashSet<>();
        for (String service : SERVICES) {
            List<Operation> own = ApiOperations.read(fetch(suite.serviceUrl(service) + "/q/openapi?format=json", service));
            assertThat(own.size()).as(service + "'s document states too few operations under /api: did it load whole?")
                    .isGreaterThanOrEqualTo(MINIMUM_OPERATIONS.get(service));
            routes.add(new Route(service, suite.serviceUrl(service), own));
            own.forEach(operation -> direct.add(operation.toString()));
            // the gateway passes each operation on as the service documents it, roles included
            for (Operation operation : own) {
                gateway.stream().filter(g -> g.toString().equals(operation.toString())).findFirst().ifPresentOrElse(
                        g -> {
                            if (g.caller() != operation.caller() || !g.roles().equals(operation.roles())) {
                                failures.add("the merged document names other callers for " + operation + " than " + service
                                        + ": " + g.roles() + " vs " + operation.roles());
                            }
                        },
                        () -> failures.add(operation + " of " + service + " is not in the gateway's merged document (not routed?)"));
            }
        }
        List<Operation> gatewayOwn = ApiOperations.read(fetch(suite.gatewayUrl() + "/q/openapi?format=json", "gateway"));
        assertThat(gatewayOwn.size()).as("the gateway's own document states too few operations").isGreaterThanOrEqualTo(MINIMUM_OPERATIONS.get("gateway"));
        gatewayOwn.forEach(operation -> direct.add(operation.toString()));
        Set<String> mergedOperations = gateway.stream().map(Operation::toString).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(mergedOperations).as("the merged document holds exactly the services' and the gateway's own operations")
                .containsExactlyInAnyOrderElementsOf(direct);
        return routes;
    }

    private static JsonNode fetch(String url, String name) {
        Reply reply = http.send(url, "GET", "", null, null, null, Map.of());
        reply.require(200, "read the OpenAPI document " + url);
        try {
            Path dir = Path.of("target", "access-matrix");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reply.json();
    }

    private void requireEveryOperationStatesItsRoles(List<Operation> operations) {
        for (Operation operation : operations) {
            if (operation.caller() == Caller.PUBLIC) {
                failures.add(operation + ": the document states no security requirement, so anyone could call it");
            } else if (operation.caller() == Caller.SIGNED_IN && !ANY_SIGNED_IN_USER.contains(operation.toString())) {
                failures.add(operation + ": the document names no roles (scopes of its bearer requirement); every endpoint has explicit roles");
            } else if (operation.caller() == Caller.ROLES && !ROLES.containsAll(operation.roles())) {
                failures.add(operation + ": the document names roles the realm does not have: " + operation.roles());
            }
        }
    }

    private void requireEveryPathParameterCanBeFilled(List<Operation> operations) {
        for (Operation operation : operations) {
            if (operation.pathParams().isEmpty() || record(operation) != null) {
                continue;
            }
            if (NOT_A_FAMILY_RECORD.keySet().stream().noneMatch(operation.path()::startsWith)) {
                failures.add(operation + " addresses a record the access matrix has no fixture for: add one to "
                        + "AccessMatrixFixtures and RECORDS, or say in NOT_A_FAMILY_RECORD why organisation relations do not apply");
            }
        }
    }

    private static RecordPath record(Operation operation) {
        return RECORDS.stream().filter(r -> r.pattern().matcher(operation.path()).matches()).findFirst().orElse(null);
    }

    // --- the dimensions -------------------------------------------------------------------------

    /**
     * Each relation's officer and coordinator (those the operation allows) on the own organisation's
     * record. Reads: the relations that see the record get 2xx, the others 404 — never 403, which
     * would confirm the record exists. Writes (with a minimal body and no If-Match, so that
     * nothing changes): the owner is not refused (401, 403) and nobody gets a 5xx; a relation that
     * sees the record but does not own it gets no 2xx; a relation that does not see it gets exactly
     * what the same user gets for an id that exists nowhere, so the answer tells nothing.
     */
    private void relations(Route route, boolean reads) {
        for (Operation operation : route.operations()) {
            RecordPath record = record(operation);
            if (record == null || operation.reads() != reads) {
                continue;
            }
            String path = fill(operation, record.kind());
            for (Relation relation : Relation.values()) {
                for (String role : List.of("officer", "coordinator")) {
                    if (!operation.allows(role)) {
                        continue;
                    }
                    String user = AccessMatrixFixtures.user(relation, role);
                    String token = http.token(user, AccessMatrixFixtures.PASSWORD);
                    Reply reply = call(route, operation, path, token);
                    boolean sees = record.seenBy().contains(relation);
                    String cell = route.name() + " " + operation.method() + " " + path + " as " + user + " (" + relation + ")";
                    count("relations (" + (reads ? "reads" : "writes") + ")");
                    if (reads) {
                        expect(cell, reply, sees ? "2xx" : "404", sees ? reply.status() / 100 == 2 : reply.status() == 404);
                    } else if (relation == Relation.OWN) {
                        expect(cell, reply, "not 401/403, no 5xx", reply.status() != 401 && reply.status() != 403 && reply.status() < 500);
                    } else if (sees) {
                        expect(cell, reply, "no 2xx, no 5xx", reply.status() / 100 != 2 && reply.status() < 500);
                    } else {
                        Reply nowhere = call(route, operation, fillRandomly(operation), token);
                        expect(cell, reply, "4xx as for an id that exists nowhere (" + nowhere.status() + ")",
                                reply.status() == nowhere.status() && reply.status() / 100 == 4);
                    }
                }
            }
        }
    }

    /**
     * Every role on every operation, with ids that exist nowhere: a role the document does not
     * name gets exactly 403; a role it names is let through (no 401, no 403) and gets no 5xx
     * (a 400 for the minimal body or a 404 for the unknown id is the operation's own answer).
     */
    private void roles(Route route) {
        for (Operation operation : route.operations()) {
            String path = fillRandomly(operation);
            for (String role : ROLES) {
                String user = fixtures.roleUsers.get(role);
                Reply reply = call(route, operation, path, http.token(user, AccessMatrixFixtures.PASSWORD));
                String cell = route.name() + " " + operation.method() + " " + path + " as " + role + " (" + user + ")";
                count("roles");
                if (operation.allows(role)) {
                    expect(cell, reply, "not 401/403, no 5xx", reply.status() != 401 && reply.status() != 403 && reply.status() < 500);
                } else {
                    expect(cell, reply, "403", reply.status() == 403);
                }
            }
        }
    }

    /** Every bad token on every operation: exactly 401, though each claims every role. */
    private void badTokens(Route route) {
        for (Operation operation : route.operations()) {
            String path = fillRandomly(operation);
            for (Map.Entry<BadTokens.Kind, String> token : badTokens.byKind().entrySet()) {
                Reply reply = call(route, operation, path, token.getValue());
                count("bad tokens");
                expect(route.name() + " " + operation.method() + " " + path + " with token " + token.getKey(), reply, "401",
                        reply.status() == 401);
            }
        }
    }

    // --- requests -------------------------------------------------------------------------------

    private static Reply call(Route route, Operation operation, String path, String token) {
        String type = operation.requestType();
        String body = type == null ? null : type.contains("json") ? "{}" : "";
        return http.send(route.baseUrl(), operation.method(), path, token, type, body, Map.of());
    }

    /** The path with the fixture's id as its first parameter and the household's head as {@code personId}. */
    private String fill(Operation operation, Kind kind) {
        String path = operation.path();
        boolean first = true;
        for (String name : ApiOperations.templateParams(path)) {
            String value;
            if (first) {
                value = fixtures.records.get(kind).toString();
            } else if (name.equals("personId")) {
                value = fixtures.records.get(Kind.PERSON).toString();
            } else {
                throw new IllegalStateException(operation + ": the access matrix cannot fill {" + name + "}; teach AccessMatrixIT.fill");
            }
            path = path.replace("{" + name + "}", value);
            first = false;
        }
        return path;
    }

    /** The path with ids that exist nowhere (a fresh UUID; 1 for a number). */
    private static String fillRandomly(Operation operation) {
        String path = operation.path();
        for (String name : ApiOperations.templateParams(path)) {
            String type = operation.pathParams().getOrDefault(name, "uuid");
            path = path.replace("{" + name + "}", switch (type) {
                case "integer" -> "1";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "x" + UUID.randomUUID().toString().substring(0, 8);
            });
        }
        return path;
    }

    private void expect(String cell, Reply reply, String expected, boolean holds) {
        if (!holds) {
            failures.add(cell + ": expected " + expected + ", got " + reply.shortly());
        }
    }

    private void count(String dimension) {
        cells.merge(dimension, 1, Integer::sum);
    }
}
