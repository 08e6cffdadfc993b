package org.hamyar.beneficiaries.lists;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

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

/** GET /api/persons: filters on the version the caller is shown, partners' records, the read log, bounded paging. */
@QuarkusTest
class PersonListTest {

    static final String LISTER = "7d000000-0000-4000-8000-0000000000b1";
    static final String SHARER = "7d000000-0000-4000-8000-0000000000b2";
    static final String AUDITOR_ORG = "7d000000-0000-4000-8000-0000000000b3";

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
    void theCallersOwnPersonsAreFilteredOnEveryFieldAlphabetically() {
        UUID lister = Arrange.org(LISTER);
        String county = Registry.county();
        // Arabic kaf and yeh, as pasted from an old registry; born 1360-05-12 (Jalali)
        Registry.Someone ali = Registry.someone("علی", "كريمي", LocalDate.of(1981, 8, 3), Sex.MALE, DisabilityType.VISUAL,
                "26", county, true);
        Registry.Someone zahra = Registry.someone("زهرا", "احمدی", LocalDate.of(1990, 1, 1), Sex.FEMALE, null, "26", county, true);
        Registry.Someone mahdi = Registry.someone("مهدی", "رضایی", LocalDate.of(2001, 6, 1), Sex.MALE, null, "23", county, false);
        registry.household(lister, null, ali, zahra);
        registry.person(lister, mahdi);

        given().queryParam("county", county).when().get("/api/persons")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.nationalCode", contains(zahra.code(), mahdi.code(), ali.code()))
                .body("items.registeredByOrganizationId", contains(LISTER, LISTER, LISTER));
        expect(county, "sex", "female", zahra);
        expect(county, "disabilityType", "visual", ali);
        expect(county, "province", "IR-23", mahdi);
        expect(county, "rural", "false", mahdi);
        expect(county, "household", "true", zahra, ali);
        expect(county, "household", "false", mahdi);
        expect(county, "name", "کریمی", ali);
        expect(county, "name", "كري", ali);
        expect(county, "name", "علي كريمي", ali);
        expect(county, "name", "مه", mahdi);
        given().queryParam("county", county).queryParam("birthYearFrom", "۱۳۶۰").queryParam("birthYearTo", 1360)
                .when().get("/api/persons").then().statusCode(200).body("items.nationalCode", contains(ali.code()));
        given().queryParam("county", county).queryParam("birthYearFrom", 1990).queryParam("birthYearTo", 2000)
                .when().get("/api/persons").then().statusCode(200).body("items.nationalCode", contains(zahra.code()));
        given().queryParam("county", county).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/persons").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("items.nationalCode", contains(ali.code()));
        assertThat(arrange.database().count("select count(*) from record_read where reader_organization_id = ?", lister))
                .as("reading its own versions is no logged read").isZero();
    }

    @Test
    @TestSecurity(user = "officer.lister", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = LISTER))
    void badParametersAreOne400NamingThemAndAPageNear2To31IsNoScan() {
        given().queryParam("page", Integer.MAX_VALUE).when().get("/api/persons")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", contains("page"));
        given().queryParam("page", 49).queryParam("size", 200).when().get("/api/persons").then().statusCode(200);
        given().queryParam("page", 50).queryParam("size", 200).when().get("/api/persons")
                .then().statusCode(400).body("errors.field", contains("page"));
        given().queryParam("sex", "X").queryParam("province", "99").queryParam("rural", "yes").queryParam("size", 0)
                .when().get("/api/persons")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("sex", "province", "rural"));
        given().queryParam("birthYearFrom", 1600).queryParam("birthYearTo", 0).when().get("/api/persons")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("birthYearFrom", "birthYearTo"));
        given().queryParam("birthYearFrom", 1370).queryParam("birthYearTo", 1360).when().get("/api/persons")
                .then().statusCode(400).body("errors.field", contains("birthYearTo"));
    }

    @Test
    @TestSecurity(user = "officer.sharer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = SHARER))
    void aPartnersPersonsAreListedInItsVersionOnlyWhileAnActiveDataSharingAgreementStandsEachALoggedRead() {
        UUID sharer = Arrange.org(SHARER);
        UUID registrant = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        String county = Registry.county();
        Registry.Someone parsa = Registry.someone("پارسا", "نوری", LocalDate.of(1985, 3, 1), Sex.MALE, DisabilityType.HEARING,
                "26", county, true);
        Registry.Someone both = Registry.someone("سارا", "امینی", LocalDate.of(1992, 3, 1), Sex.FEMALE, null, "26", county, true);
        Registry.Someone strangers = Registry.someone("رضا", "صالحی", LocalDate.of(1970, 3, 1), Sex.MALE, null, "26", county, true);
        UUID parsaId = registry.person(registrant, parsa);
        registry.person(registrant, both);
        // the sharer's own version of the same person says otherwise: it is the one it is shown and filtered on
        UUID bothId = registry.person(sharer, both.named("سارا", "امینی‌پور").sex(Sex.MALE));
        registry.person(stranger, strangers);
        Database db = arrange.database();

        given().queryParam("county", county).when().get("/api/persons")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.id", contains(bothId.toString()))
                .body("items.lastName", contains("امینی‌پور"))
                .body("items.registeredByOrganizationId", contains(SHARER));

        UUID agreement = arrange.agreement(registrant, sharer, true, List.of());
        arrange.agreement(stranger, sharer, false, List.of());
        given().queryParam("county", county).when().get("/api/persons")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.id", contains(bothId.toString(), parsaId.toString()))
                .body("items.registeredByOrganizationId", contains(SHARER, registrant.toString()))
                .body("items[1].disability.type", equalTo("HEARING"));
        given().queryParam("county", county).queryParam("sex", "female").when().get("/api/persons")
                .then().statusCode(200).body("total", equalTo(0));
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ? and person_id = ?", sharer, parsaId))
                .as("the partner's person shown: one read").isOne();
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ? and person_id = ?", sharer, bothId))
                .as("its own version: no read").isZero();

        try (AgreementsTopic topic = new AgreementsTopic()) {
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
        given().queryParam("county", county).when().get("/api/persons")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(bothId.toString()));
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ?", sharer))
                .as("nothing read after the termination").isOne();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = AUDITOR_ORG))
    void anAuditorListsTheNetworkInEachPersonsFirstVersion() {
        String county = Registry.county();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Registry.Someone nima = Registry.someone("نیما", "توکلی", LocalDate.of(1979, 3, 1), Sex.MALE, null, "26", county, true);
        UUID nimaId = registry.person(first, nima);
        registry.person(second, nima.named("نیما", "توکلی‌نژاد"));
        given().queryParam("county", county).when().get("/api/persons")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items.lastName", contains("توکلی"))
                .body("items.registeredByOrganizationId", contains(first.toString()));
        assertThat(arrange.database().count("select count(*) from record_read where reader_organization_id = ? and person_id = ?",
                Arrange.org(AUDITOR_ORG), nimaId)).isOne();
    }

    @Test
    @TestSecurity(user = "donor", roles = "donor")
    void aDonorListsNoOne() {
        given().when().get("/api/persons").then().statusCode(403);
    }

    private static void expect(String county, String parameter, String value, Registry.Someone... persons) {
        given().queryParam("county", county).queryParam(parameter, value).when().get("/api/persons")
                .then().statusCode(200)
                .body("items", hasSize(persons.length))
                .body("items.nationalCode", contains(java.util.Arrays.stream(persons).map(Registry.Someone::code).toArray()));
    }
}
