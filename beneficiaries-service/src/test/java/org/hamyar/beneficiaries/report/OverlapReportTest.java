package org.hamyar.beneficiaries.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.aid.service.AidService;
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

/** GET /api/overlaps (JSON and CSV) and its counts: what a coordination committee sees, and what it may not. */
@QuarkusTest
class OverlapReportTest {

    static final String COMMITTEE = "7d000000-0000-4000-8000-0000000000d1";
    static final String AUDITOR_ORG = "7d000000-0000-4000-8000-0000000000d2";
    static final String OVERRIDER = "7d000000-0000-4000-8000-0000000000d3";
    static final LocalDate T = LocalDate.of(2025, 5, 1);

    @Inject
    Registry registry;

    @Inject
    Arrange arrange;

    @Inject
    AidService aid;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "coordinator.committee", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = COMMITTEE))
    void anOrganisationSeesTheOverlapsOfItsOwnAidAndNamesOnlyItsDataSharingPartners() {
        UUID me = Arrange.org(COMMITTEE);
        UUID stranger = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID other1 = UUID.randomUUID();
        UUID other2 = UUID.randomUUID();
        String county = Registry.county();
        UUID sharing = arrange.agreement(me, partner, true, List.of());

        // a household the stranger and the committee's organisation both serve: the stranger first
        Registry.Someone head = head(county);
        UUID served = registry.household(stranger, null, head);
        registry.household(me, null, head);
        UUID strangersAid = granted(stranger, served, T);
        UUID myAid = granted(me, served, T.plusDays(5));
        // a household only the partner registered: the committee's aid first, the partner's overlaps it
        UUID partners = registry.household(partner, null, head(county));
        UUID myEarlierAid = granted(me, partners, T);
        UUID partnersAid = granted(partner, partners, T.plusDays(3));
        // two other agencies' overlap in the same county: none of the committee's business
        Registry.Someone theirHead = head(county);
        UUID theirs = registry.household(other1, null, theirHead);
        registry.household(other2, null, theirHead);
        UUID theirAid = granted(other1, theirs, T);
        granted(other2, theirs, T.plusDays(2));

        String body = given().queryParam("county", county).when().get("/api/overlaps")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.householdId", contains(served.toString(), partners.toString()))
                .body("items[0].category", equalTo("FOOD_BASKET"))
                .body("items[0].provinceCode", equalTo("26"))
                .body("items[0].county", equalTo(county))
                .body("items[0].detected.own", equalTo(true))
                .body("items[0].detected.aidId", equalTo(myAid.toString()))
                .body("items[0].detected.periodStart", equalTo(T.plusDays(5).toString()))
                .body("items[0].detected.agency", equalTo("your organisation"))
                .body("items[0].overlapped[0].disclosed", equalTo(false))
                .body("items[0].overlapped[0].providerOrganizationId", nullValue())
                .body("items[0].overlapped[0].aidId", nullValue())
                .body("items[0].overlapped[0].periodStart", nullValue())
                .body("items[0].overlapped[0].agency", equalTo("another agency in the network"))
                .body("items[0].overlapped[0].outcome", equalTo("WARN"))
                .body("items[0].warnings", equalTo(1))
                .body("items[1].detected.own", equalTo(false))
                .body("items[1].detected.disclosed", equalTo(true))
                .body("items[1].detected.providerOrganizationId", equalTo(partner.toString()))
                .body("items[1].detected.aidId", equalTo(partnersAid.toString()))
                .body("items[1].overlapped[0].own", equalTo(true))
                .body("items[1].overlapped[0].aidId", equalTo(myEarlierAid.toString()))
                .extract().asString();
        assertThat(body).doesNotContain(stranger.toString()).doesNotContain(strangersAid.toString())
                .doesNotContain(other1.toString()).doesNotContain(other2.toString()).doesNotContain(theirs.toString())
                .doesNotContain(theirAid.toString());
        Database db = arrange.database();
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ? and household_id = ? "
                + "and person_id is null", me, partners)).as("the partner's household shown: a read").isOne();
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ? and household_id = ?", me, served))
                .as("its own household: no read").isZero();

        given().queryParam("county", county).header("Accept-Language", "fa").when().get("/api/overlaps")
                .then().statusCode(200).body("items[0].overlapped[0].agency", equalTo("سازمان دیگری در شبکه"));
        given().queryParam("county", county).when().get("/api/overlaps/counts")
                .then().statusCode(200)
                .body("county", contains(county))
                .body("[0].category", equalTo("FOOD_BASKET"))
                .body("[0].cases", equalTo(2))
                .body("[0].households", equalTo(2))
                .body("[0].warnings", equalTo(2))
                .body("[0].overriddenBlocks", equalTo(0));

        String csv = given().queryParam("county", county).accept("text/csv").when().get("/api/overlaps")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", "2")
                .extract().asString();
        assertThat(csv).startsWith("\uFEFFprovinceCode,county,category,householdId,").contains(county)
                .contains("another agency in the network (WARN)").contains(myAid.toString())
                .doesNotContain(stranger.toString()).doesNotContain(theirs.toString());
        assertThat(csv.split("\r\n")).hasSize(3);
        String file = given().queryParam("county", county).header("Accept-Language", "fa").when().get("/api/overlaps.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment"))
                .extract().asString();
        assertThat(file).startsWith("\uFEFF").contains("سازمان دیگری در شبکه (WARN)").doesNotContain(stranger.toString());

        // revoked aid ends its overlap
        aid.revoke(Actor.of(stranger, "officer", Roles.OFFICER), strangersAid, "ثبت نادرست");
        given().queryParam("county", county).when().get("/api/overlaps")
                .then().statusCode(200).body("total", equalTo(1)).body("items.householdId", contains(partners.toString()));

        // the sharing ends: the partner is "another agency" again, its household out of sight
        try (AgreementsTopic topic = new AgreementsTopic()) {
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, sharing,
                    new AgreementTerminated(sharing, 1, LocalDate.now(), Instant.now())));
        }
        String after = given().queryParam("county", county).when().get("/api/overlaps")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].householdId", nullValue())
                .body("items[0].detected.disclosed", equalTo(false))
                .body("items[0].detected.aidId", nullValue())
                .body("items[0].overlapped[0].own", equalTo(true))
                .body("items[0].overlapped[0].aidId", nullValue())
                .extract().asString();
        assertThat(after).doesNotContain(partner.toString()).doesNotContain(partners.toString());
    }

    @Test
    @TestSecurity(user = "coordinator.overrider", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = OVERRIDER))
    void aBlockACoordinatorOverrodeIsInTheReportAsAnOverriddenBlock() {
        UUID overrider = Arrange.org(OVERRIDER);
        UUID blocker = UUID.randomUUID();
        arrange.agreement(overrider, blocker, false, AgreementsTopic.blocking("FOOD_BASKET"));
        String county = Registry.county();
        Registry.Someone head = head(county);
        UUID household = registry.household(blocker, null, head);
        registry.household(overrider, null, head);
        granted(blocker, household, T);
        AidService.GrantResult result = aid.grant(Actor.of(overrider, "coordinator.overrider", Roles.COORDINATOR),
                new AidOrder(household, null, AidCategory.FOOD_BASKET, 10_000_000L, 1, T.plusDays(3), null, null, null, null,
                        null, "خانوار پس از سیل در شرایط اضطراری است"));
        assertThat(result).isInstanceOf(AidService.Granted.class);

        given().queryParam("county", county).when().get("/api/overlaps")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].warnings", equalTo(0))
                .body("items[0].overriddenBlocks", equalTo(1))
                .body("items[0].overlapped[0].outcome", equalTo("BLOCK"))
                .body("items[0].overlapped[0].disclosed", equalTo(false));
        given().queryParam("county", county).when().get("/api/overlaps/counts")
                .then().statusCode(200).body("[0].overriddenBlocks", equalTo(1)).body("[0].warnings", equalTo(0));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = AUDITOR_ORG))
    void anAuditorSeesAndCountsTheNetwork() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String county = Registry.county();
        Registry.Someone head = head(county);
        UUID household = registry.household(one, null, head);
        registry.household(other, null, head);
        UUID first = granted(one, household, T);
        UUID second = granted(other, household, T.plusDays(10));

        given().queryParam("county", county).queryParam("category", "food_basket")
                .queryParam("from", "1404-01-01").queryParam("to", "1404-12-29")
                .when().get("/api/overlaps")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].householdId", equalTo(household.toString()))
                .body("items[0].detected.providerOrganizationId", equalTo(other.toString()))
                .body("items[0].detected.aidId", equalTo(second.toString()))
                .body("items[0].overlapped[0].providerOrganizationId", equalTo(one.toString()))
                .body("items[0].overlapped[0].aidId", equalTo(first.toString()));
        given().queryParam("county", county).queryParam("to", "2025-04-01").when().get("/api/overlaps")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("county", county).queryParam("category", "HOUSING").when().get("/api/overlaps/counts")
                .then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("county", county).when().get("/api/overlaps/counts")
                .then().statusCode(200).body("[0].cases", equalTo(1));
        assertThat(arrange.database().count("select count(*) from record_read where reader_organization_id = ? and household_id = ?",
                Arrange.org(AUDITOR_ORG), household)).isOne();
    }

    @Test
    @TestSecurity(user = "officer.committee", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = COMMITTEE))
    void badParametersAreOne400() {
        given().queryParam("from", "2025-05-10").queryParam("to", "2025-05-01").when().get("/api/overlaps")
                .then().statusCode(400).body("errors.field", contains("to"));
        given().queryParam("category", "BREAD").queryParam("province", "IR-77").when().get("/api/overlaps")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("category", "province"));
        given().queryParam("page", Integer.MAX_VALUE).when().get("/api/overlaps")
                .then().statusCode(400).body("errors.field", contains("page"));
        given().queryParam("from", "2025-05-10").queryParam("to", "2025-05-01").when().get("/api/overlaps.csv")
                .then().statusCode(400).body("errors.field", contains("to"));
    }

    @Test
    void theOpenApiDocumentOffersTheReportAsJsonAndCsv() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/overlaps'.get.responses.'200'.content.keySet()",
                        containsInAnyOrder("application/json", "text/csv"))
                .body("paths.'/api/overlaps.csv'.get.responses.'200'.content.keySet()", contains("text/csv"))
                .body("paths.'/api/overlaps/counts'.get.operationId", equalTo("countOverlaps"))
                .body("paths.'/api/aid-checks/by-hash'.post.operationId", equalTo("checkAidByPersonHash"))
                .body("paths.'/api/persons'.get.operationId", equalTo("listPersons"))
                .body("paths.'/api/households'.get.operationId", equalTo("listHouseholds"));
    }

    @Test
    @TestSecurity(user = "donor", roles = "donor")
    void aDonorSeesNoReport() {
        given().when().get("/api/overlaps").then().statusCode(403);
        given().when().get("/api/overlaps.csv").then().statusCode(403);
        given().when().get("/api/overlaps/counts").then().statusCode(403);
    }

    private UUID granted(UUID organization, UUID household, LocalDate start) {
        return ((AidService.Granted) arrange.aid(organization, household, null, AidCategory.FOOD_BASKET, start)).aid().id;
    }

    private static Registry.Someone head(String county) {
        return Registry.someone("علی", "کریمی", LocalDate.of(1980, 1, 1), Sex.MALE, null, "26", county, true);
    }
}
