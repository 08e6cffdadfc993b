package org.hamyar.faults.races;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamyar.faults.CaseResult;
import org.hamyar.faults.Http;
import org.hamyar.faults.RowCounts;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.testing.DemoUsers;

/**
 * Case 2, conflicting writes racing through the real services:
 * <ul>
 *   <li>100 concurrent grants of one food basket to one household by two organisations whose
 *       active agreement blocks overlapping food baskets: exactly one succeeds, the rest are 409;</li>
 *   <li>1,000 concurrent allocations on one fund that affords a third of them: exactly that many
 *       succeed, nothing is overdrawn, and {@code GET /api/funds/{id}/reconciliation} reconciles;</li>
 *   <li>the two parties of a draft sign at the same moment: both signatures stand on one version of
 *       the agreement, which is signed and activated once (one event each).</li>
 * </ul>
 */
public final class RaceCases {

    private static final String RELIEF = DemoUsers.COORDINATOR_QAZVIN_RELIEF;
    private static final String WELFARE = DemoUsers.COORDINATOR_QAZVIN_WELFARE;
    private static final String QAZVIN = "26";

    private final Suite suite;
    private final Http http;
    private final RowCounts rows;
    private final boolean quick;
    /** Requests sent so far: which instance of a service the next one goes to. */
    private final AtomicInteger requests = new AtomicInteger();
    private final Random random = new Random(1129);

    public RaceCases(Suite suite, Http http, RowCounts rows, boolean quick) {
        this.suite = suite;
        this.http = http;
        this.rows = rows;
        this.quick = quick;
    }

    public List<CaseResult> run() {
        List<CaseResult> results = new ArrayList<>();
        results.add(guarded(new CaseResult("race: 100 concurrent grants under a BLOCK clause, exactly one succeeds"), this::grants));
        int allocations = 1_000;
        results.add(guarded(new CaseResult("race: " + allocations + " concurrent allocations on one fund, no overdraft"),
                result -> allocations(result, allocations)));
        results.add(guarded(new CaseResult("race: two signatures at once, one agreement version"), this::signatures));
        return results;
    }

    private interface Body {
        void run(CaseResult result) throws Exception;
    }

    private static CaseResult guarded(CaseResult result, Body body) {
        System.out.println(result.name() + " ...");
        try {
            body.run(result);
        } catch (Exception | AssertionError e) {
            result.broken("the case could not run: " + e);
        }
        System.out.printf("  %d runs, %s%n", result.runsCount(), result.passed() ? "PASS" : "FAIL " + result.notes());
        return result;
    }

    // ---- grants -------------------------------------------------------------------------------

    private void grants(CaseResult result) throws Exception {
        String agreement = activeAgreement(List.of(new Rule("FOOD_BASKET", "BLOCK")));
        // the beneficiaries-service learns the agreement from agreements.events: wait until it blocks
        String canary = household();
        LocalDate day = LocalDate.now().plusDays(3);
        require(http.json("POST", beneficiaries("/api/aid"), DemoUsers.OFFICER_QAZVIN_RELIEF,
                aid(canary, day)), 201, "the canary grant");
        awaitBlocked(canary, day);
        int rounds = quick ? 1 : 3;
        for (int round = 0; round < rounds; round++) {
            String household = household();
            Map<String, Object> body = aid(household, day);
            List<Callable<Http.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String officer = i % 2 == 0 ? DemoUsers.OFFICER_QAZVIN_RELIEF : DemoUsers.OFFICER_QAZVIN_WELFARE;
                calls.add(() -> http.json("POST", beneficiaries("/api/aid"), officer, body));
            }
            List<Http.Answer> answers = all(calls, 50);
            result.runs(answers.size());
            long created = answers.stream().filter(a -> a.status() == 201).count();
            long blocked = answers.stream().filter(a -> a.status() == 409).count();
            answers.stream().filter(a -> a.status() >= 500).forEach(a -> result.serverError());
            JsonNode stored = require(http.json("GET", beneficiaries("/api/aid?householdId=" + household + "&category=FOOD_BASKET"),
                    DemoUsers.AUDITOR, null), 200, "the household's aid").json();
            long records = stored.path("total").asLong(-1);
            if (created > 1 || records > 1) {
                result.doubled(Math.max(created, records) - 1);
            }
            if (created != 1 || blocked != answers.size() - 1 || records != 1) {
                result.broken("round " + round + ": " + created + " created, " + blocked + " blocked, " + records
                        + " stored; others " + answers.stream().filter(a -> a.status() != 201 && a.status() != 409)
                        .map(a -> a.status() + " " + a.body()).limit(3).toList());
            }
        }
        result.lost(0);
        result.note(rounds + " rounds of 100 concurrent FOOD_BASKET grants to one household, alternately by the two parties of "
                + "agreement " + agreement + " (BLOCK FOOD_BASKET): one 201 and 99 409 each time, one record stored");
    }

    /** Until every instance of the beneficiaries-service applies the agreement (each caches agreements for 2 s). */
    private void awaitBlocked(String household, LocalDate day) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            boolean everywhere = true;
            for (String replica : suite.replicaUrls("beneficiaries")) {
                Http.Answer check = http.json("POST", replica + "/api/aid-checks", DemoUsers.OFFICER_QAZVIN_WELFARE, aid(household, day));
                everywhere &= check.ok() && check.json().path("blocked").asBoolean();
            }
            if (everywhere) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the beneficiaries-service never learned the blocking agreement");
    }

    private Map<String, Object> aid(String household, LocalDate day) {
        return Map.of("householdId", household, "category", "FOOD_BASKET", "amountRials", 25_000_000L,
                "quantity", 1, "periodStart", day.toString());
    }

    /** A household registered by the relief committee and then by the welfare office (the same household for both). */
    private String household() {
        Map<String, Object> body = Map.of(
                "head", Map.of("nationalCode", NationalCodes.fresh(random), "firstName", "علی", "lastName", "کریمی",
                        "fatherName", "حسین", "birthDate", "1360-05-12", "sex", "MALE"),
                "members", List.of(),
                "address", Map.of("provinceCode", QAZVIN, "county", "البرز", "village", "کوندج", "rural", true));
        String id = require(http.json("POST", beneficiaries("/api/households"), DemoUsers.OFFICER_QAZVIN_RELIEF, body),
                201, "a household").json().path("id").asText();
        String again = require(http.json("POST", beneficiaries("/api/households"), DemoUsers.OFFICER_QAZVIN_WELFARE, body),
                201, "the same household by the welfare office").json().path("id").asText();
        if (!again.equals(id)) {
            throw new IllegalStateException("the welfare office's registration is another household: " + again + " vs " + id);
        }
        return id;
    }

    // ---- allocations --------------------------------------------------------------------------

    private void allocations(CaseResult result, int requests) throws Exception {
        String assembly = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
        int affordable = requests / 3;
        long each = 10_000L;
        String fund = require(http.json("POST", donors("/api/funds"), assembly, Map.of("kind", "CRISIS",
                "nameFa", "صندوق آزمون همزمانی " + random.nextInt(1_000_000), "restrictions", Map.of("provinces", List.of("22")))),
                201, "a fund").json().path("id").asText();
        String donor = require(http.json("POST", donors("/api/donors"), assembly, Map.of("kind", "PERSON",
                "identifier", NationalCodes.fresh(random), "details", Map.of("nameFa", "خیر آزمون",
                        "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(), "assemblyLevel", "NATIONAL"))),
                201, "a donor").json().path("id").asText();
        require(http.json("POST", donors("/api/donations"), assembly, Map.of("fundId", fund, "donorId", donor, "kind", "CASH",
                "amountRials", affordable * each)), 201, "a donation");
        Map<String, Object> body = Map.of("fundId", fund, "amountRials", each, "aidCategory", "FOOD_BASKET",
                "beneficiaryCategory", "FEMALE_HEADED", "provinceCode", "22",
                "providerOrganizationId", DemoUsers.ORG_WELFARE_HORMOZGAN.toString());
        List<Callable<Http.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            calls.add(() -> http.json("POST", donors("/api/allocations"), assembly, body));
        }
        List<Http.Answer> answers = all(calls, 64);
        result.runs(answers.size());
        long reserved = answers.stream().filter(a -> a.status() == 201).count();
        long refused = answers.stream().filter(a -> a.status() == 409).count();
        answers.stream().filter(a -> a.status() >= 500).forEach(a -> result.serverError());
        JsonNode balances = require(http.json("GET", donors("/api/funds/" + fund), assembly, null), 200, "the fund").json().path("balances");
        JsonNode reconciliation = require(http.json("GET", donors("/api/funds/" + fund + "/reconciliation"), assembly, null),
                200, "the reconciliation").json();
        long listed = require(http.json("GET", donors("/api/allocations?fund=" + fund + "&size=1"), assembly, null), 200,
                "the allocations").json().path("total").asLong(-1);
        long available = balances.path("availableRials").asLong(-1);
        long reservedRials = balances.path("reservedRials").asLong(-1);
        result.doubled(Math.max(0, reserved - affordable));
        result.lost(Math.max(0, listed - reserved) + Math.max(0, reserved - listed));
        long unexpected = answers.stream().filter(a -> a.status() != 201 && a.status() != 409 && a.status() < 500).count();
        // the invariant: never more than the money, and the books agree with the answers
        if (reserved > affordable || available != (affordable - reserved) * each || reservedRials != reserved * each
                || listed != reserved || !reconciliation.path("reconciles").asBoolean(false) || unexpected > 0) {
            result.broken(reserved + " reserved (" + affordable + " affordable), " + refused + " refused, available " + available
                    + ", reserved " + reservedRials + ", listed " + listed + ", reconciles " + reconciliation.path("reconciles")
                    + "; others " + answers.stream().filter(a -> a.status() != 201 && a.status() != 409)
                    .map(a -> a.status() + " " + a.body()).limit(3).toList());
        }
        if (result.serverErrors() > 0) {
            result.note("5xx: " + answers.stream().filter(a -> a.status() >= 500).map(a -> a.status() + " " + a.body())
                    .limit(2).toList());
        }
        result.note(requests + " concurrent reservations of " + each + " rials on fund " + fund + " holding " + affordable * each
                + ": " + reserved + " reserved, " + refused + " refused (409), available " + available + ", reconciles "
                + reconciliation.path("reconciles"));
    }

    // ---- signatures ---------------------------------------------------------------------------

    private void signatures(CaseResult result) throws Exception {
        int rounds = quick ? 10 : 50;
        long lost = 0;
        long doubled = 0;
        for (int round = 0; round < rounds; round++) {
            String agreement = draft(List.of(new Rule("CASH_GRANT", "WARN")));
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Http.Answer>> calls = new ArrayList<>();
            for (String coordinator : List.of(RELIEF, WELFARE)) {
                calls.add(() -> {
                    start.await();
                    return http.json("POST", agreements("/api/agreements/" + agreement + "/signatures"), coordinator,
                            Map.of("signatoryName", "امضاکننده آزمون", "signatoryTitle", "مدیرکل"));
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Http.Answer>> futures = new ArrayList<>();
            try {
                calls.forEach(call -> futures.add(pool.submit(call)));
                start.countDown();
                List<Http.Answer> answers = new ArrayList<>();
                for (Future<Http.Answer> future : futures) {
                    answers.add(future.get(2, TimeUnit.MINUTES));
                }
                result.runs(2);
                answers.stream().filter(a -> a.status() >= 500).forEach(a -> result.serverError());
                long signed = answers.stream().filter(a -> a.status() == 201).count();
                JsonNode view = require(http.json("GET", agreements("/api/agreements/" + agreement), RELIEF, null), 200,
                        "the agreement").json();
                long partiesSigned = 0;
                for (JsonNode party : view.path("parties")) {
                    partiesSigned += party.path("signed").asBoolean() ? 1 : 0;
                }
                // one AgreementSigned per signature, exactly one of them saying every party has signed
                String events = "select count(*) from outbox_event where aggregate_id = '" + agreement + "' and ce_type = ";
                long signedEvents = rows.single(suite.options().agreementsDatabase(), events + "'hamyar.agreements.agreement-signed.v1'");
                long completing = rows.single(suite.options().agreementsDatabase(), events + "'hamyar.agreements.agreement-signed.v1'"
                        + " and (payload->>'allSigned')::boolean");
                long activatedEvents = rows.single(suite.options().agreementsDatabase(), events + "'hamyar.agreements.agreement-activated.v1'");
                lost += Math.max(0, signed - partiesSigned);
                doubled += Math.max(0, signedEvents - signed) + Math.max(0, completing - 1) + Math.max(0, activatedEvents - 1);
                boolean complete = partiesSigned == 2;
                boolean consistent = view.path("version").asInt() == 1 && partiesSigned == signed && signedEvents == signed
                        && (complete ? view.path("status").asText().equals("ACTIVE") && completing == 1 && activatedEvents == 1
                        : !view.path("status").asText().equals("ACTIVE") && completing == 0 && activatedEvents == 0);
                if (!consistent) {
                    result.broken("round " + round + ": answers " + answers.stream().map(Http.Answer::status).toList()
                            + ", parties signed " + partiesSigned + ", status " + view.path("status").asText() + ", version "
                            + view.path("version").asInt() + ", AgreementSigned ×" + signedEvents + " (" + completing
                            + " saying all signed), AgreementActivated ×" + activatedEvents);
                }
                if (signed < 2 && round < 3) {
                    result.note("round " + round + ": one signature refused while the other committed: "
                            + answers.stream().filter(a -> a.status() != 201).map(a -> a.status() + " " + a.body()).toList());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        result.lost(lost);
        result.doubled(doubled);
        result.note(rounds + " drafts signed by both parties at the same moment; each: both parties signed on version 1, "
                + "ACTIVE, one AgreementSigned per signature (one of them allSigned) and one AgreementActivated in the outbox");
    }

    // ---- agreements ---------------------------------------------------------------------------

    private record Rule(String aidCategory, String mode) {
    }

    private String draft(List<Rule> rules) {
        LocalDate today = LocalDate.now();
        Map<String, Object> terms = Map.of(
                "title", "تفاهم‌نامه آزمون همزمانی " + random.nextInt(1_000_000),
                "parties", List.of(
                        Map.of("organizationId", DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString(), "role", "IMPLEMENTER"),
                        Map.of("organizationId", DemoUsers.ORG_WELFARE_QAZVIN.toString(), "role", "IMPLEMENTER")),
                "scope", Map.of("provinces", List.of(QAZVIN), "aidCategories", List.of("FOOD_BASKET", "CASH_GRANT")),
                "effectiveFrom", today.toString(),
                "effectiveTo", today.plusYears(1).toString(),
                "objectives", List.of("پرهیز از هم‌پوشانی"),
                "coordination", Map.of("dataSharing", true,
                        "rules", rules.stream().map(r -> Map.of("aidCategory", r.aidCategory(), "mode", r.mode())).toList()));
        return require(http.json("POST", agreements("/api/agreements"), RELIEF, terms), 201, "a draft agreement")
                .json().path("id").asText();
    }

    private String activeAgreement(List<Rule> rules) {
        String id = draft(rules);
        for (String coordinator : List.of(RELIEF, WELFARE)) {
            require(http.json("POST", agreements("/api/agreements/" + id + "/signatures"), coordinator,
                    Map.of("signatoryName", "امضاکننده آزمون", "signatoryTitle", "مدیرکل")), 201, "a signature");
        }
        return id;
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private static Http.Answer require(Http.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    private static List<Http.Answer> all(List<Callable<Http.Answer>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (Callable<Http.Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return call.call();
                }));
            }
            ready.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> future : futures) {
                answers.add(future.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String agreements(String path) {
        return nextReplica("agreements") + path;
    }

    private String beneficiaries(String path) {
        return nextReplica("beneficiaries") + path;
    }

    private String donors(String path) {
        return nextReplica("donors") + path;
    }

    /**
     * Each request goes to the next instance of its service, so that with {@code --replicas 2}
     * racing requests meet in the database from different processes, not only different threads.
     */
    private String nextReplica(String service) {
        List<String> replicas = suite.replicaUrls(service);
        return replicas.get(Math.floorMod(requests.getAndIncrement(), replicas.size()));
    }
}
