package org.hamyar.beneficiaries.lists;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.Sex;
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

/** GET /api/households: filters on the version the caller is shown, partners' households, the read log. */
@QuarkusTest
class HouseholdListTest {

    static final String LISTER = "7d000000-0000-4000-8000-0000000000c1";
    static final String SHARER = "7d000000-0000-4000-8000-0000000000c2";

    @Inject
    Registry registry;

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.lister", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = LISTER))
    void theCallersOwnHouseholdsAreFilteredOnEveryFieldNewestFirst() {
        UUID lister = Arrange.org(LISTER);
        String county = Registry.county();
        UUID small = registry.household(lister, EnrolmentCategory.RURAL_POOR,
                person("علی", "کریمی", DisabilityType.VISUAL, county, true), person("زهرا", "کریمی", null, county, true));
        UUID large = registry.household(lister, null, person("مریم", "احمدی", null, county, false),
                person("رضا", "احمدی", null, county, false), person("سینا", "احمدی", null, county, false));

        given().queryParam("county", county).when().get("/api/households")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(large.toString(), small.toString()))
                .body("items.size", contains(3, 2))
                .body("items.headFirstName", contains("مریم", "علی"))
                .body("items.disabilityInHousehold", contains(false, true))
                .body("items.enrolmentCategory", contains(null, "RURAL_POOR"))
                .body("items.registeredByOrganizationId", contains(LISTER, LISTER));
        expect(county, "enrolmentCategory", "rural_poor", small);
        expect(county, "disability", "TRUE", small);
        expect(county, "disability", "false", large);
        expect(county, "rural", "false", large);
        expect(county, "sizeMin", "3", large);
        expect(county, "sizeMax", "۲", small);
        given().queryParam("county", county).queryParam("sizeMin", 2).queryParam("sizeMax", 3).queryParam("size", 1)
                .when().get("/api/households")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(large.toString()));
        given().queryParam("sizeMin", 3).queryParam("sizeMax", 2).when().get("/api/households")
                .then().statusCode(400).body("errors.field", contains("sizeMax"));
        given().queryParam("sizeMin", 0).queryParam("sizeMax", 51).when().get("/api/households")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("sizeMin", "sizeMax"));
        given().queryParam("enrolmentCategory", "POOR").queryParam("disability", "maybe").when().get("/api/households")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("enrolmentCategory", "disability"));
        given().queryParam("page", 2147483646).queryParam("size", 200).when().get("/api/households")
                .then().statusCode(400).body("errors.field", contains("page"));
        assertThat(arrange.database().count("select count(*) from record_read where reader_organization_id = ?", lister)).isZero();
    }

    @Test
    @TestSecurity(user = "officer.sharer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = SHARER))
    void aPartnersHouseholdsAreListedOnlyWhileAnActiveDataSharingAgreementStandsEachALoggedRead() {
        UUID sharer = Arrange.org(SHARER);
        UUID registrant = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        String county = Registry.county();
        UUID partners = registry.household(registrant, EnrolmentCategory.DISABILITY,
                person("پارسا", "نوری", DisabilityType.HEARING, county, true));
        UUID strangers = registry.household(stranger, null, person("رضا", "صالحی", null, county, true));
        Database db = arrange.database();

        given().queryParam("county", county).when().get("/api/households").then().statusCode(200).body("total", equalTo(0));

        UUID agreement = arrange.agreement(registrant, sharer, true, List.of());
        arrange.agreement(stranger, sharer, false, List.of());
        given().queryParam("county", county).when().get("/api/households")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.id", contains(partners.toString()))
                .body("items.enrolmentCategory", contains("DISABILITY"))
                .body("items.registeredByOrganizationId", contains(registrant.toString()));
        String head = db.text("select head_person_id::text from household where id = ?", partners);
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ? and household_id = ? "
                + "and person_id = ?::uuid", sharer, partners, head)).as("the household and its head, shown: one read").isOne();
        assertThat(db.count("select count(*) from record_read where household_id = ?", strangers)).isZero();

        try (AgreementsTopic topic = new AgreementsTopic()) {
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
        given().queryParam("county", county).when().get("/api/households").then().statusCode(200).body("total", equalTo(0));
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ?", sharer)).isOne();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = LISTER))
    void anAdminListsNoFamily() {
        given().when().get("/api/households").then().statusCode(403);
    }

    private static Registry.Someone person(String first, String last, DisabilityType disability, String county, boolean rural) {
        return Registry.someone(first, last, LocalDate.of(1980, 1, 1), Sex.FEMALE, disability, "26", county, rural);
    }

    private static void expect(String county, String parameter, String value, UUID... households) {
        given().queryParam("county", county).queryParam(parameter, value).when().get("/api/households")
                .then().statusCode(200)
                .body("total", equalTo(households.length))
                .body("items.id", contains(java.util.Arrays.stream(households).map(UUID::toString).toArray()));
    }
}
