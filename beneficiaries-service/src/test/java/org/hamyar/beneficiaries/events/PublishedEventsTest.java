package org.hamyar.beneficiaries.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.BeneficiaryEventsReader;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** What reaches {@code beneficiaries.events} on the real broker: CloudEvents, keyed, schema-true, no personal data. */
@QuarkusTest
class PublishedEventsTest {

    static final String RELIEF = "7e100000-0000-4000-8000-000000000005";

    @Inject
    Arrange arrange;

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aidGrantedReachesTheTopicAsACloudEventKeyedByHouseholdWithoutPersonalData() {
        String code = NationalCodes.random();
        Map<String, Object> household = Bodies.household(code);
        String householdId = given().contentType(ContentType.JSON).body(household)
                .when().post("/api/households").then().statusCode(201).extract().path("id");
        String headId = given().when().get("/api/households/" + householdId).then().statusCode(200)
                .extract().path("head.id");
        Map<String, Object> insurance = Bodies.aid(UUID.fromString(householdId), "HEALTH_INSURANCE", 12_000_000L, LocalDate.now());
        insurance.put("personId", headId);
        String aidId = given().contentType(ContentType.JSON).body(insurance)
                .when().post("/api/aid").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> granted = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.AID_GRANTED.type(), UUID.fromString(aidId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("AidGranted did not arrive"));
        assertThat(granted.key()).isEqualTo(householdId);
        assertThat(BeneficiaryEventsReader.header(granted, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(BeneficiaryEventsReader.header(granted, "ce_id"))).isNotNull();
        assertThat(BeneficiaryEventsReader.header(granted, "ce_source")).isEqualTo("/hamyar/beneficiaries-service");
        assertThat(BeneficiaryEventsReader.header(granted, "ce_subject")).isEqualTo(householdId);
        assertThat(OffsetDateTime.parse(BeneficiaryEventsReader.header(granted, "ce_time"))).isNotNull();
        assertThat(EventSchemas.violations(BeneficiaryEvents.AID_GRANTED, granted.value())).isEmpty();

        String hash = arrange.database().text("select person_hash from person where national_code = ?", code);
        assertThat(granted.value())
                .contains(hash)
                .doesNotContain(code)
                .doesNotContain("كريمي").doesNotContain("علی")
                .doesNotContain("09123456789").doesNotContain("VISUAL");

        ConsumerRecord<String, String> registered = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.HOUSEHOLD_REGISTERED.type(), UUID.fromString(householdId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("HouseholdRegistered did not arrive"));
        assertThat(registered.key()).isEqualTo(householdId);
        assertThat(EventSchemas.violations(BeneficiaryEvents.HOUSEHOLD_REGISTERED, registered.value())).isEmpty();
        assertThat(registered.value()).doesNotContain(code).doesNotContain("كريمي");

        ConsumerRecord<String, String> person = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.PERSON_REGISTERED.type(), UUID.fromString(headId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("PersonRegistered did not arrive"));
        assertThat(person.key()).isEqualTo(headId);
        assertThat(EventSchemas.violations(BeneficiaryEvents.PERSON_REGISTERED, person.value())).isEmpty();
        assertThat(person.value()).contains(hash).doesNotContain(code).doesNotContain("VISUAL");
    }

    // issue 7, households part: aid to a person outside any household
    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aidToAPersonOutsideAnyHouseholdIsKeyedByThePersonWithoutAHousehold() {
        String code = NationalCodes.random();
        String personId = given().contentType(ContentType.JSON).body(Bodies.person(code)).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> dowry = new java.util.HashMap<>(Map.of("personId", personId, "category", "DOWRY",
                "amountRials", 150_000_000L, "quantity", 1, "periodStart", LocalDate.now().toString()));
        String aidId = given().contentType(ContentType.JSON).body(dowry).when().post("/api/aid").then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> granted = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.AID_GRANTED.type(), UUID.fromString(aidId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("AidGranted did not arrive"));
        assertThat(granted.key()).isEqualTo(personId);
        assertThat(EventSchemas.violations(BeneficiaryEvents.AID_GRANTED, granted.value())).isEmpty();
        assertThat(granted.value()).contains("\"householdId\":null").doesNotContain(code).doesNotContain("علی");
    }
}
