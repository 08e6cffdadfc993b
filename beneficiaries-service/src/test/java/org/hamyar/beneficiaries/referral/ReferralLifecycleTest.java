package org.hamyar.beneficiaries.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.referral.service.ReferralService;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementTerminated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Referrals (docs/product.md §4, seed 002): the Qazvin relief committee refers a rural family to
 * the rural affairs office. The receiver sees the referral at once and the family's record only
 * while it has accepted it; only the receiver accepts, declines and completes, only the sender
 * revokes; a third organisation sees nothing. Every read through a referral is logged.
 */
@QuarkusTest
class ReferralLifecycleTest {

    static final String RELIEF = "7e800000-0000-4000-8000-000000000005";
    static final String RURAL = "7e800000-0000-4000-8000-000000000006";
    static final String THIRD = "7e800000-0000-4000-8000-000000000007";

    @Inject
    Arrange arrange;

    @Inject
    ReferralService referrals;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "coordinator.rural", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = RURAL))
    void theReceiverSeesTheFamilyOnlyWhileItHasAcceptedAndEveryReadIsLogged() {
        Family family = family();
        UUID id = send(Subject.household(family.household)).referral().id;

        String referral = given().when().get("/api/referrals/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SENT"))
                .body("householdId", equalTo(family.household.toString()))
                .body("senderOrganizationId", equalTo(RELIEF))
                .body("aidCategory", equalTo("RURAL_HOUSING_INSURANCE"))
                .body("consent.given", equalTo(true))
                .body("consent.method", equalTo("THUMBPRINT"))
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("SENT"))
                .body("history[0].organizationId", equalTo(RELIEF))
                .extract().asString();
        assertThat(referral).as("a SENT referral carries what the sender wrote, no record").doesNotContain("علی")
                .doesNotContain(family.headCode).doesNotContain("09123456789");
        notVisible(family);
        given().queryParam("role", "RECEIVED").when().get("/api/referrals").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        given().queryParam("role", "SENT").when().get("/api/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));

        given().when().post("/api/referrals/" + id + "/acceptance").then().statusCode(428);
        given().header("If-Match", "\"3\"").when().post("/api/referrals/" + id + "/acceptance").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .when().post("/api/referrals/" + id + "/revocation").then().statusCode(404);
        given().header("If-Match", "\"0\"").when().post("/api/referrals/" + id + "/acceptance").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACCEPTED"))
                .body("history", hasSize(2))
                .body("history[1].organizationId", equalTo(RURAL))
                .body("history[1].username", equalTo("coordinator.rural"));

        // accepted: the sender's version of the household, its people and its aid, each read logged
        Database db = arrange.database();
        given().when().get("/api/households/" + family.household).then().statusCode(200)
                .body("registeredByOrganizationId", equalTo(RELIEF))
                .body("head.firstName", equalTo("علی"))
                .body("members", hasSize(1));
        given().when().get("/api/persons/" + family.head).then().statusCode(200)
                .body("registeredByOrganizationId", equalTo(RELIEF));
        given().when().get("/api/persons/" + family.member).then().statusCode(200);
        given().when().get("/api/households/" + family.household + "/aid").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(family.aid.toString()));
        given().when().get("/api/aid/" + family.aid).then().statusCode(200);
        assertThat(reads(db, family))
                .as("two people of the household, the head, the member, the aid list, the aid record").isEqualTo(6);
        assertThat(db.count("select count(*) from record_read_registrant g join record_read r on r.id = g.read_id"
                + " where g.organization_id = ? and r.reader_organization_id = ? and (r.household_id = ? or r.person_id in (?, ?))",
                Arrange.org(RELIEF), Arrange.org(RURAL), family.household, family.head, family.member))
                .as("filed under the registrant for its audit list").isEqualTo(6);
        // and who belonged to it: the history is for whoever may see the household (docs/product.md §4)
        given().when().get("/api/households/" + family.household + "/history").then().statusCode(200)
                .body("items.personId", hasItem(family.head.toString()))
                .body("items.personId", hasItem(family.member.toString()));
        long readsWithHistory = reads(db, family);
        assertThat(readsWithHistory).as("the history's read is logged too").isGreaterThan(6);

        given().header("If-Match", "\"1\"").when().post("/api/referrals/" + id + "/acceptance").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:referral-invalid-transition"))
                .body("referralStatus", equalTo("ACCEPTED"));
        given().header("If-Match", "\"1\"").when().post("/api/referrals/" + id + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("history.status", equalTo(List.of("SENT", "ACCEPTED", "COMPLETED")));
        notVisible(family);
        assertThat(reads(db, family)).as("nothing read after completion").isEqualTo(readsWithHistory);
    }

    @Test
    @TestSecurity(user = "coordinator.rural", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = RURAL))
    void theSendersRevocationClosesTheRecordAndADeclineNeedsAReason() {
        Family family = family();
        UUID person = send(Subject.person(family.head)).referral().id;
        given().header("If-Match", "*").when().post("/api/referrals/" + person + "/acceptance").then().statusCode(200);
        given().when().get("/api/persons/" + family.head).then().statusCode(200);
        // a person's referral opens no household
        given().when().get("/api/households/" + family.household).then().statusCode(404);
        referrals.act(relief(), person, ReferralAction.REVOKE, "\"1\"", "خانواده به شهر رفت");
        given().when().get("/api/persons/" + family.head).then().statusCode(404);
        given().when().get("/api/referrals/" + person).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("history[2].organizationId", equalTo(RELIEF))
                .body("history[2].reason", equalTo("خانواده به شهر رفت"));
        given().header("If-Match", "\"2\"").when().post("/api/referrals/" + person + "/completion").then().statusCode(409);

        UUID household = send(Subject.household(family.household)).referral().id;
        given().header("If-Match", "\"0\"").when().post("/api/referrals/" + household + "/acceptance").then().statusCode(200);
        given().when().get("/api/households/" + family.household).then().statusCode(200);
        given().when().get("/api/aid/" + family.aid).then().statusCode(200);
        referrals.act(relief(), household, ReferralAction.REVOKE, "\"1\"", null);
        notVisible(family);

        UUID declined = send(Subject.household(family.household)).referral().id;
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", " "))
                .when().post("/api/referrals/" + declined + "/decline").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "خارج از محدوده"))
                .when().post("/api/referrals/" + declined + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("history[1].reason", equalTo("خارج از محدوده"));
        given().header("If-Match", "\"1\"").when().post("/api/referrals/" + declined + "/acceptance").then().statusCode(409);
        notVisible(family);
        given().queryParam("status", "declined").queryParam("householdId", family.household.toString())
                .when().get("/api/referrals").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(declined.toString()));
    }

    @Test
    @TestSecurity(user = "coordinator.relief", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void theSenderNeedsConsentAKnownReceiverAndItsOwnRecordAndCannotActForTheReceiver() {
        Family family = family();
        Database db = arrange.database();
        Map<String, Object> body = body(family.household);
        body.remove("consent");
        given().contentType(ContentType.JSON).body(body).when().post("/api/referrals").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:consent-missing"))
                .body("errors[0].field", equalTo("consent.given"));
        body.put("consent", Map.of("given", false));
        given().contentType(ContentType.JSON).body(body).when().post("/api/referrals").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:consent-missing"));
        assertThat(db.count("select count(*) from referral where household_id = ?", family.household))
                .as("no consent, no referral").isZero();

        body.put("consent", Map.of("given", true, "date", LocalDate.now().plusDays(2).toString(), "method", "SIGNED_FORM"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/referrals").then().statusCode(400)
                .body("errors.field", hasItem("consent.date"));
        body.put("consent", Map.of("given", true));
        body.put("personId", family.head.toString());
        body.put("reason", "x".repeat(1001));
        given().contentType(ContentType.JSON).body(body).when().post("/api/referrals").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("consent.date", "consent.method",
                        "personId", "householdId", "reason"));

        Map<String, Object> unknown = body(family.household);
        unknown.put("receiverOrganizationId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(unknown).when().post("/api/referrals").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:referral-receiver-unknown"));
        unknown.put("receiverOrganizationId", RELIEF);
        given().contentType(ContentType.JSON).body(unknown).when().post("/api/referrals").then().statusCode(422)
                .body("errors[0].field", equalTo("receiverOrganizationId"));

        String id = given().contentType(ContentType.JSON).body(body(family.household)).when().post("/api/referrals")
                .then().statusCode(201)
                .header("Location", containsString("/api/referrals/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SENT"))
                .body("consent.dateJalali", equalTo("1405-01-01"))
                .extract().path("id");
        given().header("If-Match", "\"0\"").when().post("/api/referrals/" + id + "/acceptance").then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:referral-not-found"));
        given().header("If-Match", "\"0\"").when().post("/api/referrals/" + id + "/completion").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "تکراری"))
                .when().post("/api/referrals/" + id + "/decline").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .when().post("/api/referrals/" + id + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("history[1].reason", org.hamcrest.Matchers.nullValue());
        String other = given().contentType(ContentType.JSON).body(body(family.household)).when().post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "ارجاع اشتباه"))
                .when().post("/api/referrals/" + other + "/revocation").then().statusCode(200)
                .body("history[1].reason", equalTo("ارجاع اشتباه"));

        // a family another organisation registered: 404 sharing nothing; with data sharing it is not its to refer; after, 404 again
        UUID theirs = arrange.household(Arrange.org(THIRD), NationalCodes.random());
        given().contentType(ContentType.JSON).body(body(theirs)).when().post("/api/referrals").then().statusCode(404);
        UUID sharing = arrange.agreement(Arrange.org(RELIEF), Arrange.org(THIRD), true, List.of());
        given().contentType(ContentType.JSON).body(body(theirs)).when().post("/api/referrals").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:referral-needs-own-record"));
        terminate(sharing);
        given().contentType(ContentType.JSON).body(body(theirs)).when().post("/api/referrals").then().statusCode(404);
        assertThat(db.count("select count(*) from referral where household_id = ?", theirs)).isZero();
    }

    @Test
    @TestSecurity(user = "coordinator.third", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = THIRD))
    void aThirdOrganisationSeesNeitherTheReferralNorTheFamilyEvenWithDataSharingWithTheReceiver() {
        Family family = family();
        UUID id = send(Subject.household(family.household)).referral().id;
        referrals.act(Actor.of(Arrange.org(RURAL), "coordinator.rural", Roles.COORDINATOR), id, ReferralAction.ACCEPT, "*", null);
        UUID sharing = arrange.agreement(Arrange.org(RURAL), Arrange.org(THIRD), true, List.of());
        given().when().get("/api/referrals/" + id).then().statusCode(404);
        given().header("If-Match", "*").when().post("/api/referrals/" + id + "/completion").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of())
                .when().post("/api/referrals/" + id + "/revocation").then().statusCode(404);
        given().when().get("/api/referrals").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        // a referral is not passed on by data sharing
        given().when().get("/api/households/" + family.household).then().statusCode(404);
        terminate(sharing);
        given().when().get("/api/households/" + family.household).then().statusCode(404);
        assertThat(arrange.database().count("select count(*) from record_read where reader_organization_id = ?",
                Arrange.org(THIRD))).isZero();
    }

    /** A household of the relief committee (head, spouse, a food basket), and an agreement without data sharing with the rural affairs office. */
    private Family family() {
        String head = NationalCodes.random();
        String spouse = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), head, spouse);
        AidService.Granted aid = (AidService.Granted) arrange.aid(Arrange.org(RELIEF), household, null,
                AidCategory.FOOD_BASKET, LocalDate.now());
        arrange.agreement(Arrange.org(RELIEF), Arrange.org(RURAL), false, List.of());
        Database db = arrange.database();
        return new Family(household, head,
                UUID.fromString(db.text("select id::text from person where national_code = ?", head)),
                UUID.fromString(db.text("select id::text from person where national_code = ?", spouse)),
                aid.aid().id);
    }

    record Family(UUID household, String headCode, UUID head, UUID member, UUID aid) {
    }

    private ReferralService.View send(Subject subject) {
        return referrals.send(relief(), new ReferralOrder(subject, Arrange.org(RURAL), AidCategory.RURAL_HOUSING_INSURANCE,
                "خانوار روستایی بدون بیمه مسکن", true, LocalDate.of(2026, 3, 21), ConsentMethod.THUMBPRINT));
    }

    private static Actor relief() {
        return Actor.of(Arrange.org(RELIEF), "coordinator.relief", Roles.COORDINATOR);
    }

    private static Map<String, Object> body(UUID household) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", household.toString());
        body.put("receiverOrganizationId", RURAL);
        body.put("aidCategory", "RURAL_HOUSING_INSURANCE");
        body.put("reason", "خانوار روستایی بدون بیمه مسکن");
        body.put("consent", Map.of("given", true, "date", "1405-01-01", "method", "THUMBPRINT"));
        return body;
    }

    private static long reads(Database db, Family family) {
        return db.count("select count(*) from record_read where reader_organization_id = ? and (household_id = ?"
                + " or person_id in (?, ?))", Arrange.org(RURAL), family.household, family.head, family.member);
    }

    private static void notVisible(Family family) {
        given().when().get("/api/households/" + family.household).then().statusCode(404);
        given().when().get("/api/persons/" + family.head).then().statusCode(404);
        given().when().get("/api/persons/" + family.member).then().statusCode(404);
        given().when().get("/api/households/" + family.household + "/aid").then().statusCode(404);
        given().when().get("/api/households/" + family.household + "/history").then().statusCode(404);
        given().when().get("/api/aid/" + family.aid).then().statusCode(404);
    }

    private void terminate(UUID agreement) {
        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
    }
}
