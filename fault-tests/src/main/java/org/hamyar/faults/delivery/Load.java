package org.hamyar.faults.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.hamyar.faults.CaseResult;
import org.hamyar.faults.Http;
import org.hamyar.faults.races.NationalCodes;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.testing.DemoUsers;

/**
 * The writes of the delivery cases, each one request whose change publishes events that other
 * services consume:
 * <ul>
 *   <li>a reservation on a fund (donors: AllocationReserved), the grant of an iftar meal naming it
 *       (beneficiaries: AidGranted, which the donors-service records and commits the allocation for:
 *       AllocationCommitted) and, for a third of them, its revocation (AidRevoked: the allocation is
 *       released, AllocationReleased);</li>
 *   <li>a donation (donors: DonationReceived);</li>
 *   <li>a household (beneficiaries: HouseholdRegistered), which later grants use;</li>
 *   <li>an agreement drafted and signed by both parties (agreements: AgreementSigned twice,
 *       AgreementActivated, which the beneficiaries- and the donors-service apply).</li>
 * </ul>
 * A fifth of the requests go through the gateway. A request that gets no answer (the process died
 * or is down) is counted and not retried: whatever it committed is found in the databases and must
 * have its events and effects like the rest, but only answered writes must exist.
 */
final class Load {

    enum Kind { RESERVATION, GRANT, REVOCATION, DONATION, HOUSEHOLD, DRAFT, SIGNATURE }

    /** A write answered 2xx: what it created or changed. {@code detail}: the signing organisation. */
    record Acknowledged(Kind kind, String id, String detail) {
    }

    private static final String ASSEMBLY = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
    private static final String OFFICER = DemoUsers.OFFICER_QAZVIN_RELIEF;
    private static final String QAZVIN = "26";
    private static final long AMOUNT = 10_000L;
    private static final int THREADS = 8;
    /** What the gateway answers when the service behind it is down (its own problems, not the service's). */
    private static final Set<String> GATEWAY_FOUND_IT_DOWN = Set.of("service-unavailable", "circuit-open", "bad-gateway",
            "gateway-timeout");

    private final Suite suite;
    private final Http http;
    private final CaseResult result;
    private final Random seeds;
    private final boolean processesDie;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong acknowledgedCount = new AtomicLong();
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final List<String> households = new CopyOnWriteArrayList<>();
    private final Queue<String> grantedAid = new ConcurrentLinkedQueue<>();
    private String fund;
    private String donor;

    /** @param processesDie whether the case kills service processes: then the gateway's 502/503/504 are no answer */
    Load(Suite suite, Http http, CaseResult result, long seed, boolean processesDie) {
        this.processesDie = processesDie;
        this.suite = suite;
        this.http = http;
        this.result = result;
        this.seeds = new Random(seed);
    }

    /** A fund with money for every reservation, a donor and a few households, before any fault. */
    void prepare() {
        fund = created(http.json("POST", suite.serviceUrl("donors") + "/api/funds", ASSEMBLY, Map.of("kind", "CRISIS",
                "nameFa", "صندوق آزمون تحویل رویدادها " + seeds.nextInt(1_000_000),
                "restrictions", Map.of("provinces", List.of(QAZVIN)))), "a fund");
        donor = created(http.json("POST", suite.serviceUrl("donors") + "/api/donors", ASSEMBLY, Map.of("kind", "PERSON",
                "identifier", NationalCodes.fresh(seeds), "details", Map.of("nameFa", "خیر آزمون",
                        "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(), "assemblyLevel", "NATIONAL"))),
                "a donor");
        created(http.json("POST", suite.serviceUrl("donors") + "/api/donations", ASSEMBLY, Map.of("fundId", fund,
                "donorId", donor, "kind", "CASH", "amountRials", 1_000_000_000_000L)), "the fund's money");
        Random random = new Random(seeds.nextLong());
        for (int i = 0; i < 16; i++) {
            households.add(created(http.json("POST", suite.serviceUrl("beneficiaries") + "/api/households", OFFICER,
                    household(random)), "a household"));
        }
    }

    /** Sends {@code writes} more writes from several threads; the future ends when they are sent. */
    CompletableFuture<Void> start(long writes) {
        long until = sent.get() + writes;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Random random = new Random(seeds.nextLong());
            workers.add(CompletableFuture.runAsync(() -> {
                while (sent.get() < until) {
                    write(random);
                }
            }, pool));
        }
        pool.shutdown();
        return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new));
    }

    long sent() {
        return sent.get();
    }

    long answered() {
        return answered.get();
    }

    long unanswered() {
        return unanswered.get();
    }

    long refused() {
        return refused.get();
    }

    long acknowledgedCount() {
        return acknowledgedCount.get();
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private void write(Random random) {
        int pick = random.nextInt(10);
        if (pick < 5) {
            String allocation = send(Kind.RESERVATION, "donors", "/api/allocations", ASSEMBLY, Map.of("fundId", fund,
                    "amountRials", AMOUNT, "aidCategory", "IFTAR_MEAL", "beneficiaryCategory", "FEMALE_HEADED",
                    "provinceCode", QAZVIN, "providerOrganizationId", DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString()), random);
            if (allocation != null) {
                String aid = send(Kind.GRANT, "beneficiaries", "/api/aid", OFFICER, Map.of(
                        "householdId", households.get(random.nextInt(households.size())), "category", "IFTAR_MEAL",
                        "amountRials", AMOUNT, "quantity", 1, "periodStart", LocalDate.now().toString(),
                        "allocationId", allocation), random);
                if (aid != null) {
                    grantedAid.add(aid);
                }
            }
            String revoked = random.nextInt(3) == 0 ? grantedAid.poll() : null;
            if (revoked != null) {
                send(Kind.REVOCATION, "beneficiaries", "/api/aid/" + revoked + "/revocation", OFFICER,
                        Map.of("reason", "ثبت اشتباه در آزمون"), random);
            }
        } else if (pick < 7) {
            send(Kind.DONATION, "donors", "/api/donations", ASSEMBLY, Map.of("fundId", fund, "donorId", donor,
                    "kind", "CASH", "amountRials", AMOUNT), random);
        } else if (pick < 8) {
            String household = send(Kind.HOUSEHOLD, "beneficiaries", "/api/households", OFFICER, household(random), random);
            if (household != null) {
                households.add(household);
            }
        } else {
            String agreement = send(Kind.DRAFT, "agreements", "/api/agreements", DemoUsers.COORDINATOR_TEHRAN_NGO_HQ,
                    terms(random), random);
            if (agreement != null) {
                for (String coordinator : List.of(DemoUsers.COORDINATOR_TEHRAN_NGO_HQ, DemoUsers.COORDINATOR_TEHRAN_MUNICIPALITY)) {
                    send(Kind.SIGNATURE, "agreements", "/api/agreements/" + agreement + "/signatures", coordinator,
                            Map.of("signatoryName", "امضاکننده آزمون", "signatoryTitle", "مدیرکل"), random);
                }
            }
        }
    }

    /** One write; the id it created (or the path's for a revocation or signature), null when it was not acknowledged. */
    private String send(Kind kind, String service, String path, String username, Map<String, Object> body, Random random) {
        sent.incrementAndGet();
        boolean throughGateway = random.nextInt(5) == 0;
        String base = throughGateway ? suite.gatewayUrl() : suite.serviceUrl(service);
        Http.Answer answer;
        try {
            answer = http.json("POST", base + path, username, body);
        } catch (UncheckedIOException e) {
            // the process died under the request, or is down: like a client, try other work after a pause
            unanswered.incrementAndGet();
            pause();
            return null;
        }
        if (processesDie && throughGateway && answer.status() >= 502 && answer.status() <= 504
                && GATEWAY_FOUND_IT_DOWN.stream().anyMatch(type -> problemType(answer).endsWith(":" + type))) {
            // the gateway's own answer for a service it cannot reach: the request never got to a live process
            unanswered.incrementAndGet();
            pause();
            return null;
        }
        answered.incrementAndGet();
        if (answer.status() >= 500) {
            result.serverError();
            if (result.serverErrors() <= 5) {
                result.note("5xx: POST " + path + " as " + username + ": " + answer.status() + " " + shorten(answer.body()));
            }
            return null;
        }
        if (!answer.ok()) {
            if (refused.incrementAndGet() <= 5) {
                result.note("refused: POST " + path + " as " + username + ": " + answer.status() + " " + shorten(answer.body()));
            }
            return null;
        }
        String id = switch (kind) {
            case REVOCATION -> path.split("/")[3];
            case SIGNATURE -> path.split("/")[3];
            default -> answer.json().path("id").asText();
        };
        acknowledged.add(new Acknowledged(kind, id, kind == Kind.SIGNATURE ? organizationOf(username) : null));
        acknowledgedCount.incrementAndGet();
        return id;
    }

    private static String problemType(Http.Answer answer) {
        try {
            return answer.json().path("type").asText();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private static String organizationOf(String username) {
        return DemoUsers.ALL.stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow()
                .organization().toString();
    }

    private static Map<String, Object> household(Random random) {
        return Map.of(
                "head", Map.of("nationalCode", NationalCodes.fresh(random), "firstName", "زهرا", "lastName", "احمدی",
                        "fatherName", "محمد", "birthDate", "1365-03-20", "sex", "FEMALE"),
                "members", List.of(),
                "address", Map.of("provinceCode", QAZVIN, "county", "البرز", "village", "کوندج", "rural", true));
    }

    /** An agreement of two Tehran organisations: it changes nothing for the Qazvin grants of the load. */
    private static Map<String, Object> terms(Random random) {
        LocalDate today = LocalDate.now();
        return Map.of(
                "title", "تفاهم‌نامه آزمون تحویل رویدادها " + random.nextInt(1_000_000),
                "parties", List.of(
                        Map.of("organizationId", DemoUsers.ORG_TEHRAN_NGO_HQ.toString(), "role", "IMPLEMENTER"),
                        Map.of("organizationId", DemoUsers.ORG_TEHRAN_MUNICIPALITY.toString(), "role", "IMPLEMENTER")),
                "scope", Map.of("provinces", List.of("23"), "aidCategories", List.of("CULTURAL_PACKAGE")),
                "effectiveFrom", today.toString(),
                "effectiveTo", today.plusYears(1).toString(),
                "objectives", List.of("هماهنگی برنامه‌های فرهنگی"),
                "coordination", Map.of("dataSharing", false, "rules", List.of()));
    }

    private static String created(Http.Answer answer, String what) {
        if (answer.status() != 201) {
            throw new IllegalStateException(what + ": expected 201, got " + answer.status() + " " + answer.body());
        }
        JsonNode id = answer.json().path("id");
        if (id.isMissingNode()) {
            throw new IllegalStateException(what + ": no id in " + answer.body());
        }
        return id.asText();
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
