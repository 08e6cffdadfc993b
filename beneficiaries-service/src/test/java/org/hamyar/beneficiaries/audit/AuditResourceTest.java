package org.hamyar.beneficiaries.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.repository.AidRepository;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.enrolment.EnrolmentOrder;
import org.hamyar.beneficiaries.enrolment.service.EnrolmentService;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.person.service.PersonService;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
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

/**
 * The read log's listing (docs/product.md §2): the organisation that registered a family lists who
 * read its record, through every endpoint that shows it to another organisation — persons,
 * households, aid lists and records, enrolments; a stranger lists none of it; an auditor all.
 */
@QuarkusTest
class AuditResourceTest {

    static final String RELIEF = "7e900000-0000-4000-8000-000000000005";
    static final String PARTNER = "7e900000-0000-4000-8000-000000000006";
    static final String STRANGER = "7e900000-0000-4000-8000-000000000007";

    @Inject
    Arrange arrange;

    @Inject
    HouseholdService households;

    @Inject
    PersonService persons;

    @Inject
    AidService aid;

    @Inject
    EnrolmentService enrolments;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void theRegistrantListsEveryReadOfItsFamilyByAPartnerOnlyWhileTheyShareData() {
        Family family = family();
        Actor partner = Actor.of(Arrange.org(PARTNER), "officer.partner", Roles.OFFICER);
        // sharing nothing: the partner reads nothing, nothing is logged
        assertThat(households.read(partner, family.household)).isEmpty();
        given().queryParam("householdId", family.household.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(0));

        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(PARTNER), true, List.of());
        assertThat(households.read(partner, family.household)).isPresent();          // head and member: 2
        assertThat(persons.read(partner, family.head)).isPresent();                   // 1
        assertThat(aid.ofHousehold(partner, family.household, null, PageRequest.of(0, 20)).items()).hasSize(1); // 1
        assertThat(aid.read(partner, family.aid)).isPresent();                        // 1
        assertThat(aid.list(partner, new AidRepository.Filter(null, null, null, null, null, family.household, null),
                PageRequest.of(0, 20)).items()).hasSize(1);                           // 1
        var own = enrolments.enrol(partner, new EnrolmentOrder(Subject.household(family.household),
                EnrolmentCategory.DISABILITY, LocalDate.of(2026, 1, 1), null));
        assertThat(enrolments.read(partner, own.id)).isPresent();                     // 1

        given().queryParam("householdId", family.household.toString()).queryParam("reader", PARTNER)
                .when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.readerOrganizationId", everyItem(equalTo(PARTNER)))
                .body("items.readerUsername", everyItem(equalTo("officer.partner")))
                .body("items[0].readAtJalali", org.hamcrest.Matchers.notNullValue());
        given().queryParam("personId", family.head.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("from", LocalDate.now().minusDays(1).toString()).queryParam("to", LocalDate.now().plusDays(1).toString())
                .queryParam("householdId", family.household.toString())
                .when().get("/api/audit").then().statusCode(200).body("total", equalTo(6));
        given().queryParam("from", LocalDate.now().plusDays(2).toString()).queryParam("householdId", family.household.toString())
                .when().get("/api/audit").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("from", "1405-02-01").queryParam("to", "1405-01-01").queryParam("reader", "x")
                .when().get("/api/audit").then().statusCode(400)
                .body("errors.field", hasItem("reader"));
        given().queryParam("from", "1405-02-01").queryParam("to", "1405-01-01")
                .when().get("/api/audit").then().statusCode(400).body("errors.field", hasItem("to"));

        terminate(agreement);
        assertThat(households.read(partner, family.household)).isEmpty();
        assertThat(aid.read(partner, family.aid)).isEmpty();
        assertThat(enrolments.read(partner, own.id)).isPresent();
        given().queryParam("householdId", family.household.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(6));
    }

    @Test
    @TestSecurity(user = "officer.stranger", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = STRANGER))
    void aStrangerListsNoneOfAnotherOrganisationsReadsWithOrWithoutAnAgreement() {
        Family family = family();
        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(PARTNER), true, List.of());
        households.read(Actor.of(Arrange.org(PARTNER), "officer.partner", Roles.OFFICER), family.household);
        given().queryParam("householdId", family.household.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(0));
        UUID sharing = arrange.agreement(Arrange.org(RELIEF), Arrange.org(STRANGER), true, List.of());
        // data sharing lets it read the family, not the registrant's audit log
        given().queryParam("householdId", family.household.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(0));
        terminate(sharing);
        terminate(agreement);
        given().queryParam("householdId", family.household.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorListsTheWholeLogAndItsOwnReadsAreInIt() {
        Family family = family();
        given().when().get("/api/households/" + family.household).then().statusCode(403); // names no organisation
        given().when().get("/api/aid/" + family.aid).then().statusCode(403);
        given().queryParam("householdId", family.household.toString()).when().get("/api/aid").then().statusCode(200);
        given().queryParam("householdId", family.household.toString()).when().get("/api/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].readerUsername", equalTo("auditor"))
                .body("items[0].readerOrganizationId", org.hamcrest.Matchers.nullValue());
        given().queryParam("page", "2147483648").when().get("/api/audit").then().statusCode(400);
        given().when().post("/api/audit").then().statusCode(405);
    }

    private Family family() {
        String head = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), head, NationalCodes.random());
        AidService.Granted granted = (AidService.Granted) arrange.aid(Arrange.org(RELIEF), household, null,
                AidCategory.FOOD_BASKET, LocalDate.now());
        UUID headId = UUID.fromString(arrange.database().text("select id::text from person where national_code = ?", head));
        return new Family(household, headId, granted.aid().id);
    }

    record Family(UUID household, UUID head, UUID aid) {
    }

    private void terminate(UUID agreement) {
        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
    }
}
