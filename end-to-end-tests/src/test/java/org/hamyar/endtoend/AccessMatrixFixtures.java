package org.hamyar.endtoend;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamyar.endtoend.MatrixHttp.Reply;
import org.hamyar.infrastructure.suite.Suite;

/**
 * The organisations, users and records the access matrix asks about, built through the gateway as
 * partner agencies would: five organisations, one per relation to the records, and one family's
 * file registered by the first.
 *
 * <ul>
 *   <li>{@link Relation#OWN} registers a household (its head is the person), aid to it, an
 *       enrolment, a registry import, and a referral of the household to {@link Relation#REFERRED},
 *       which accepts it;</li>
 *   <li>{@link Relation#SHARED} is joined to it by an ACTIVE agreement with data sharing;</li>
 *   <li>{@link Relation#TERMINATED} was joined by one (the matrix waits until it saw the household),
 *       and the agreement is then terminated (and the matrix waits until it no longer does);</li>
 *   <li>{@link Relation#NOT_SHARED} has nothing to do with it (it has an agreement without data
 *       sharing with the referred organisation, which the beneficiaries-service needs to know the
 *       referred organisation at all).</li>
 * </ul>
 *
 * Each organisation has an officer and a coordinator. The own organisation also has a donor, an
 * auditor and an admin for the role dimension, and a user with every role for the bad tokens.
 */
final class AccessMatrixFixtures {

    /** LOCAL DEMO VALUE: the password of the users the matrix creates in its own test realm. */
    static final String PASSWORD = "hamyar-demo";
    static final String EVERY_ROLE_USER = "matrix.every-role";

    /** How an organisation stands to the own organisation's records. */
    enum Relation { OWN, SHARED, NOT_SHARED, TERMINATED, REFERRED }

    /** The records an operation's path can address. */
    enum Kind { HOUSEHOLD, PERSON, AID, ENROLMENT, REFERRAL, IMPORT, DRAFT_AGREEMENT }

    final Map<Relation, UUID> organizations = new EnumMap<>(Relation.class);
    final Map<Kind, UUID> records = new EnumMap<>(Kind.class);
    /** role → username for the role dimension (all of the own organisation) */
    final Map<String, String> roleUsers = new LinkedHashMap<>();

    private final Suite suite;
    private final MatrixHttp http;

    private AccessMatrixFixtures(Suite suite, MatrixHttp http) {
        this.suite = suite;
        this.http = http;
    }

    static String user(Relation relation, String role) {
        return "matrix." + relation.name().toLowerCase().replace('_', '-') + "." + role;
    }

    static AccessMatrixFixtures build(Suite suite, MatrixHttp http) {
        AccessMatrixFixtures f = new AccessMatrixFixtures(suite, http);
        f.organisationsAndUsers();
        f.agreements();
        f.familyFile();
        f.referral();
        f.awaitRelations();
        return f;
    }

    private void organisationsAndUsers() {
        String admin = http.token("admin", PASSWORD);
        for (Relation relation : Relation.values()) {
            Reply created = http.gateway("POST", "/api/organizations", admin, Map.of(
                    "nameFa", "سازمان ماتریس دسترسی " + relation.ordinal(), "nameEn", "Access matrix " + relation,
                    "type", "NGO", "level", "COUNTY", "provinceCode", "26", "county", "البرز"));
            created.require(201, "register the organisation " + relation);
            UUID org = UUID.fromString(created.json().path("id").asText());
            organizations.put(relation, org);
            suite.keycloak().createUser(user(relation, "officer"), PASSWORD, org, "officer");
            suite.keycloak().createUser(user(relation, "coordinator"), PASSWORD, org, "coordinator");
        }
        UUID own = organizations.get(Relation.OWN);
        roleUsers.put("officer", user(Relation.OWN, "officer"));
        roleUsers.put("coordinator", user(Relation.OWN, "coordinator"));
        for (String role : List.of("donor", "auditor", "admin")) {
            suite.keycloak().createUser("matrix." + role, PASSWORD, own, role);
            roleUsers.put(role, "matrix." + role);
        }
        suite.keycloak().createUser(EVERY_ROLE_USER, PASSWORD, own, BadTokens.ROLES.toArray(String[]::new));
    }

    private UUID terminatedAgreement;

    private void agreements() {
        agreement(Relation.OWN, Relation.SHARED, true);
        terminatedAgreement = agreement(Relation.OWN, Relation.TERMINATED, true);
        // the beneficiaries-service refers only to organisations it knows from agreements: the
        // referred organisation coordinates with another one, without data sharing, not with the own
        agreement(Relation.REFERRED, Relation.NOT_SHARED, false);
        // a negotiation between the own and the shared organisation: a draft exists for its parties only
        records.put(Kind.DRAFT_AGREEMENT, UUID.fromString(draft(Relation.OWN, Relation.SHARED, true).json().path("id").asText()));
    }

    /** An ACTIVE agreement between two organisations (drafted by the first's coordinator, signed by both). */
    private UUID agreement(Relation first, Relation second, boolean dataSharing) {
        String between = first + "-" + second;
        Reply drafted = draft(first, second, dataSharing);
        String id = drafted.json().path("id").asText();
        for (Relation party : List.of(first, second)) {
            http.gateway("POST", "/api/agreements/" + id + "/signatures", coordinator(party),
                    Map.of("signatoryName", "امضاکننده " + party.ordinal(), "signatoryTitle", "مدیرکل"))
                    .require(201, "sign the agreement " + between + " for " + party);
        }
        Reply read = http.gateway("GET", "/api/agreements/" + id, coordinator(second), null);
        read.require(200, "read the agreement " + between);
        if (!read.json().path("status").asText().equals("ACTIVE")) {
            throw new IllegalStateException("the agreement " + between + " is not ACTIVE after both signatures: " + read.body());
        }
        return UUID.fromString(id);
    }

    private Reply draft(Relation first, Relation second, boolean dataSharing) {
        LocalDate today = LocalDate.now();
        String between = first + "-" + second;
        Reply drafted = http.gateway("POST", "/api/agreements", coordinator(first), Map.of(
                "title", "تفاهم‌نامه ماتریس دسترسی " + first.ordinal() + "-" + second.ordinal() + "-" + UUID.randomUUID().toString().substring(0, 4),
                "parties", List.of(
                        Map.of("organizationId", organizations.get(first).toString(), "role", "IMPLEMENTER"),
                        Map.of("organizationId", organizations.get(second).toString(), "role", "IMPLEMENTER")),
                "scope", Map.of("provinces", List.of("26"), "aidCategories", List.of("FOOD_BASKET")),
                "effectiveFrom", today.toString(),
                "effectiveTo", today.plusYears(1).toString(),
                "objectives", List.of("هماهنگی"),
                "coordination", Map.of("dataSharing", dataSharing, "rules", List.of())));
        drafted.require(201, "draft the agreement " + between);
        return drafted;
    }

    private void familyFile() {
        String officer = officer(Relation.OWN);
        Reply household = http.gateway("POST", "/api/households", officer, Map.of(
                "head", Map.of("nationalCode", nationalCode(), "firstName", "زهرا", "lastName", "ماتریسی",
                        "fatherName", "حسن", "birthDate", "1362-03-15", "sex", "FEMALE"),
                "members", List.of(),
                "address", Map.of("provinceCode", "26", "county", "البرز", "village", "کوندج", "rural", true)));
        household.require(201, "register the household");
        records.put(Kind.HOUSEHOLD, UUID.fromString(household.json().path("id").asText()));
        records.put(Kind.PERSON, UUID.fromString(household.json().path("head").path("id").asText()));

        Reply aid = http.gateway("POST", "/api/aid", officer, Map.of(
                "householdId", records.get(Kind.HOUSEHOLD).toString(), "category", "CULTURAL_PACKAGE",
                "amountRials", 5_000_000L, "quantity", 1, "periodStart", LocalDate.now().toString()));
        aid.require(201, "record aid");
        records.put(Kind.AID, UUID.fromString(aid.json().path("id").asText()));

        Reply enrolment = http.gateway("POST", "/api/enrolments", officer, Map.of(
                "householdId", records.get(Kind.HOUSEHOLD).toString(), "category", "RURAL_POOR",
                "startDate", LocalDate.now().toString()));
        enrolment.require(201, "enrol the household");
        records.put(Kind.ENROLMENT, UUID.fromString(enrolment.json().path("id").asText()));

        // one row whose national code fails its check digit: a finished job that registers nobody
        String csv = "household,relation,national_code,first_name,last_name,father_name,birth_date,sex,"
                + "province,county,village,rural,enrolment_category\r\n"
                + "h1,HEAD,0684159415,حسن,کریمی,علی,1360-01-01,MALE,26,البرز,,true,\r\n";
        Reply imported = http.gatewayRaw("POST", "/api/imports", officer, "text/csv; charset=utf-8", csv);
        imported.require(202, "upload a registry file");
        records.put(Kind.IMPORT, UUID.fromString(imported.json().path("id").asText()));
    }

    private void referral() {
        // the beneficiaries-service learns the receiver from the agreements-service's events
        UUID household = records.get(Kind.HOUSEHOLD);
        Map<String, Object> order = Map.of(
                "householdId", household.toString(),
                "receiverOrganizationId", organizations.get(Relation.REFERRED).toString(),
                "aidCategory", "FOOD_BASKET", "reason", "نیاز به سبد غذایی",
                "consent", Map.of("given", true, "date", LocalDate.now().toString(), "method", "SIGNED_FORM"));
        Reply sent = awaitReply("the beneficiaries-service knows the receiver from agreements.events",
                () -> http.gateway("POST", "/api/referrals", coordinator(Relation.OWN), order), 201);
        String[] id = {sent.json().path("id").asText()};
        records.put(Kind.REFERRAL, UUID.fromString(id[0]));
        String receiver = coordinator(Relation.REFERRED);
        Reply read = http.gateway("GET", "/api/referrals/" + id[0], receiver, null);
        read.require(200, "read the referral as its receiver");
        http.gatewayWithHeader("POST", "/api/referrals/" + id[0] + "/acceptance", receiver, "If-Match", read.header("ETag"))
                .require(200, "accept the referral");
    }

    private void awaitRelations() {
        String path = "/api/households/" + records.get(Kind.HOUSEHOLD);
        awaitStatus(Relation.SHARED, path, 200);
        awaitStatus(Relation.REFERRED, path, 200);
        awaitStatus(Relation.TERMINATED, path, 200);
        http.gateway("POST", "/api/agreements/" + terminatedAgreement + "/termination", coordinator(Relation.OWN),
                Map.of("reason", "پایان همکاری")).requireSuccess("terminate the agreement with TERMINATED");
        awaitStatus(Relation.TERMINATED, path, 404);
        awaitStatus(Relation.NOT_SHARED, path, 404);
        // the donors-service records the aid from AidGranted
        awaitReply("the donors-service recorded the aid", () -> http.gateway("GET",
                "/api/allocations/granted-aid/" + records.get(Kind.AID), coordinator(Relation.OWN), null), 200);
    }

    private void awaitStatus(Relation relation, String path, int status) {
        awaitReply(relation + "'s officer gets " + status + " for " + path,
                () -> http.gateway("GET", path, officer(relation), null), status);
    }

    /** Asks until the answer has the status (events travel over Kafka); fails naming the last answer. */
    private static Reply awaitReply(String what, java.util.function.Supplier<Reply> ask, int status) {
        Reply[] last = new Reply[1];
        try {
            await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> (last[0] = ask.get()).status() == status);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException("waited 60 s in vain until " + what + "; the last answer: "
                    + (last[0] == null ? "none" : last[0].shortly()), e);
        }
        return last[0];
    }

    String officer(Relation relation) {
        return http.token(user(relation, "officer"), PASSWORD);
    }

    String coordinator(Relation relation) {
        return http.token(user(relation, "coordinator"), PASSWORD);
    }

    /** A national code whose check digit holds, different at every call. */
    static String nationalCode() {
        int[] digits = new int[10];
        int sum = 0;
        digits[0] = 1 + ThreadLocalRandom.current().nextInt(9);
        for (int i = 0; i < 9; i++) {
            if (i > 0) {
                digits[i] = ThreadLocalRandom.current().nextInt(10);
            }
            sum += digits[i] * (10 - i);
        }
        int remainder = sum % 11;
        digits[9] = remainder < 2 ? remainder : 11 - remainder;
        StringBuilder code = new StringBuilder();
        for (int d : digits) {
            code.append(d);
        }
        return code.toString();
    }
}
