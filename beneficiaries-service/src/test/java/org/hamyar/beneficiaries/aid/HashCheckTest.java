package org.hamyar.beneficiaries.aid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.person.PersonHasher;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.Registry;
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

/** POST /api/aid-checks/by-hash: a partner system's question by the keyed hash alone. */
@QuarkusTest
class HashCheckTest {

    static final String CHECKER = "7d000000-0000-4000-8000-0000000000e1";
    static final LocalDate T = LocalDate.of(2025, 5, 1);

    @Inject
    Registry registry;

    @Inject
    Arrange arrange;

    @Inject
    AidService aid;

    @Inject
    PersonHasher hasher;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.checker", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = CHECKER))
    void theAnswerIsYesOrNoForTheNetworkAndNamesOnlyWhatTheCallerMaySee() {
        UUID checker = Arrange.org(CHECKER);
        UUID giver = UUID.randomUUID();
        String county = Registry.county();
        Registry.Someone head = Registry.someone("علی", "کریمی", LocalDate.of(1980, 1, 1), Sex.MALE, null, "26", county, true);
        Registry.Someone daughter = Registry.someone("مریم", "کریمی", LocalDate.of(2002, 1, 1), Sex.FEMALE, null, "26", county, true);
        UUID household = registry.household(giver, null, head, daughter);
        UUID daughterId = UUID.fromString(arrange.database().text(
                "select id::text from person where national_code = ?", daughter.code()));
        UUID basket = ((AidService.Granted) arrange.aid(giver, household, null, AidCategory.FOOD_BASKET, T)).aid().id;
        aid.grant(Actor.of(giver, "officer", Roles.OFFICER), new AidOrder(household, daughterId, AidCategory.DOWRY, 50_000_000L,
                1, T, null, null, null, null, null, null));

        // another agency gave it: yes, and nothing of who or when
        String yes = ask(head.code(), "FOOD_BASKET", "1404-01-01", "1404-12-29")
                .body("received", equalTo(true)).body("records", hasSize(0)).extract().asString();
        assertThat(yes).doesNotContain(giver.toString()).doesNotContain(basket.toString());
        // household aid counts for everyone of the household; personal aid for the person it names
        ask(daughter.code(), "FOOD_BASKET", null, null).body("received", equalTo(true));
        ask(daughter.code(), "DOWRY", null, null).body("received", equalTo(true));
        String headDowry = ask(head.code(), "DOWRY", null, null).body("received", equalTo(false)).extract().asString();
        // outside the period: no
        ask(head.code(), "FOOD_BASKET", "2025-06-01", null).body("received", equalTo(false));
        // a hash the network does not know answers exactly as a person who received nothing
        String unknown = given().contentType(ContentType.JSON)
                .body(Map.of("personHash", "ab".repeat(32), "category", "DOWRY"))
                .when().post("/api/aid-checks/by-hash").then().statusCode(200).extract().asString();
        assertThat(unknown).isEqualTo(headDowry);

        // an ACTIVE data-sharing agreement: the partner's aid is shown, a logged read of the household
        UUID sharing = arrange.agreement(giver, checker, true, List.of());
        ask(head.code(), "FOOD_BASKET", null, null)
                .body("received", equalTo(true))
                .body("records.aidId", contains(basket.toString()))
                .body("records[0].providerOrganizationId", equalTo(giver.toString()))
                .body("records[0].own", equalTo(false))
                .body("records[0].periodStart", equalTo(T.toString()));
        Database db = arrange.database();
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ? and household_id = ?",
                checker, household)).isOne();
        // the caller's own aid is always its own to see
        arrange.aid(checker, household, null, AidCategory.IFTAR_MEAL, T);
        try (AgreementsTopic topic = new AgreementsTopic()) {
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, sharing,
                    new AgreementTerminated(sharing, 1, LocalDate.now(), Instant.now())));
        }
        ask(head.code(), "FOOD_BASKET", null, null).body("received", equalTo(true)).body("records", hasSize(0));
        // its own aid to a household it no longer sees is answered yes, without the record (as GET /api/aid/{id} is 404)
        ask(head.code(), "IFTAR_MEAL", null, null).body("received", equalTo(true)).body("records", hasSize(0));
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ?", checker)).isOne();
    }

    @Test
    @TestSecurity(user = "officer.checker", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = CHECKER))
    void aCallersOwnAidIsListedWithItsPeriod() {
        UUID checker = Arrange.org(CHECKER);
        Registry.Someone head = Registry.someone("رضا", "نوری", LocalDate.of(1975, 1, 1), Sex.MALE, null, "26",
                Registry.county(), true);
        UUID household = registry.household(checker, null, head);
        UUID meal = ((AidService.Granted) arrange.aid(checker, household, null, AidCategory.IFTAR_MEAL, T)).aid().id;
        askByHash(hasher.hash(head.code()).toUpperCase(), "IFTAR_MEAL", null, null)
                .body("received", equalTo(true))
                .body("records.aidId", contains(meal.toString()))
                .body("records[0].own", equalTo(true))
                .body("records[0].status", equalTo("DELIVERED"))
                .body("records[0].periodStartJalali", equalTo("1404-02-11"));
        assertThat(arrange.database().count("select count(*) from record_read where reader_organization_id = ?", checker)).isZero();
    }

    /**
     * The answer counts what the overlap check counts: aid to a person outside any household, and
     * aid of a household the person has left, given while they belonged to it (a wife registered by
     * another agency as the head of a "new" household still had its HOUSING).
     */
    @Test
    @TestSecurity(user = "officer.checker", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = CHECKER))
    void aidOutsideAnyHouseholdAndAidOfAHouseholdLeftAreReceived() {
        UUID checker = Arrange.org(CHECKER);
        String county = Registry.county();
        Registry.Someone alone = Registry.someone("زهرا", "صالحی", LocalDate.of(1995, 3, 1), Sex.FEMALE, null, "26", county, true);
        UUID aloneId = registry.person(checker, alone);
        UUID dowry = ((AidService.Granted) arrange.aid(checker, null, aloneId, AidCategory.DOWRY, T)).aid().id;
        UUID cash = ((AidService.Granted) arrange.aid(checker, null, aloneId, AidCategory.CASH_GRANT, T)).aid().id;
        ask(alone.code(), "DOWRY", null, null).body("received", equalTo(true))
                .body("records.aidId", contains(dowry.toString()));
        ask(alone.code(), "CASH_GRANT", null, null).body("received", equalTo(true))
                .body("records.aidId", contains(cash.toString()));

        Registry.Someone husband = Registry.someone("حسن", "احمدی", LocalDate.of(1976, 4, 30), Sex.MALE, null, "26", county, true);
        Registry.Someone wife = Registry.someone("فاطمه", "موسوی", LocalDate.of(1981, 9, 23), Sex.FEMALE, null, "26", county, true);
        UUID household = registry.household(checker, null, husband, wife);
        UUID housing = ((AidService.Granted) arrange.aid(checker, household, null, AidCategory.HOUSING, T)).aid().id;
        registry.household(UUID.randomUUID(), null, wife);
        ask(wife.code(), "HOUSING", null, null).body("received", equalTo(true))
                .body("records.aidId", contains(housing.toString()));
        // aid the household had after she left is not hers
        arrange.aid(checker, household, null, AidCategory.PILGRIMAGE, T);
        ask(wife.code(), "PILGRIMAGE", null, null).body("received", equalTo(false));
    }

    @Test
    @TestSecurity(user = "officer.checker", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = CHECKER))
    void aBadQuestionIsOne400NamingEveryField() {
        Map<String, Object> body = new HashMap<>();
        body.put("personHash", "0499370899");
        body.put("from", "2025-05-10");
        body.put("to", "2025-05-01");
        given().contentType(ContentType.JSON).body(body).when().post("/api/aid-checks/by-hash")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("personHash", "category", "to"));
        body.put("category", "BREAD");
        given().contentType(ContentType.JSON).body(body).when().post("/api/aid-checks/by-hash")
                .then().statusCode(400).body("type", equalTo("urn:hamyar:problem:invalid-body"));
    }

    @Test
    @TestSecurity(user = "donor", roles = "donor")
    void aDonorMayNotAsk() {
        given().contentType(ContentType.JSON).body(Map.of("personHash", "ab".repeat(32), "category", "DOWRY"))
                .when().post("/api/aid-checks/by-hash").then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse ask(String code, String category, String from, String to) {
        return askByHash(hasher.hash(code), category, from, to);
    }

    private static io.restassured.response.ValidatableResponse askByHash(String hash, String category, String from,
                                                                        String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("personHash", hash);
        body.put("category", category);
        if (from != null) {
            body.put("from", from);
        }
        if (to != null) {
            body.put("to", to);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/aid-checks/by-hash").then().statusCode(200);
    }
}
