package org.hamyar.beneficiaries.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.referral.ConsentMethod;
import org.hamyar.beneficiaries.referral.ReferralAction;
import org.hamyar.beneficiaries.referral.ReferralOrder;
import org.hamyar.beneficiaries.referral.service.ReferralService;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.BeneficiaryEventsReader;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.EventType;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Enrolment and referral events on the real broker: keyed, schema-true, without names, codes or the referral's reasons. */
@QuarkusTest
class EnrolmentAndReferralEventsTest {

    static final String RELIEF = "7ea00000-0000-4000-8000-000000000005";
    static final String RURAL = "7ea00000-0000-4000-8000-000000000006";
    static final String REASON = "خانوار روستایی بدون بیمه مسکن";
    static final String DECLINE = "خارج از محدوده خدمات";

    @Inject
    Arrange arrange;

    @Inject
    ReferralService referrals;

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void enrolmentsArePublishedKeyedByTheirSubject() {
        String code = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), code);
        String head = arrange.database().text("select id::text from person where national_code = ?", code);
        String hash = arrange.database().text("select person_hash from person where national_code = ?", code);
        String registered = arrange.database().text(
                "select id::text from enrolment where household_id = ? and category = 'RURAL_POOR'", household);
        ConsumerRecord<String, String> fromRegistration = arrived(BeneficiaryEvents.ENROLMENT_CREATED, UUID.fromString(registered));
        assertThat(fromRegistration.key()).isEqualTo(household.toString());

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("personId", head, "category", "DISABILITY", "startDate", "2026-01-01"))
                .when().post("/api/enrolments").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("endDate", "2026-06-30"))
                .when().post("/api/enrolments/" + id + "/end").then().statusCode(200);

        ConsumerRecord<String, String> created = arrived(BeneficiaryEvents.ENROLMENT_CREATED, UUID.fromString(id));
        assertThat(created.key()).isEqualTo(head);
        assertThat(BeneficiaryEventsReader.header(created, "ce_subject")).isEqualTo(head);
        assertThat(created.value()).contains(hash).contains("\"DISABILITY\"").doesNotContain(code).doesNotContain("علی");
        ConsumerRecord<String, String> ended = arrived(BeneficiaryEvents.ENROLMENT_ENDED, UUID.fromString(id));
        assertThat(ended.key()).isEqualTo(head);
        assertThat(ended.value()).contains("2026-06-30").contains(hash).doesNotContain(code);
    }

    @Test
    void everyReferralTransitionIsPublishedWithoutItsReasons() {
        String code = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), code);
        UUID head = UUID.fromString(arrange.database().text("select id::text from person where national_code = ?", code));
        arrange.agreement(Arrange.org(RELIEF), Arrange.org(RURAL), false, List.of());
        Actor relief = Actor.of(Arrange.org(RELIEF), "coordinator.relief", Roles.COORDINATOR);
        Actor rural = Actor.of(Arrange.org(RURAL), "coordinator.rural", Roles.COORDINATOR);

        UUID completed = send(relief, Subject.household(household));
        referrals.act(rural, completed, ReferralAction.ACCEPT, "*", null);
        referrals.act(rural, completed, ReferralAction.COMPLETE, "*", null);
        UUID declined = send(relief, Subject.person(head));
        referrals.act(rural, declined, ReferralAction.DECLINE, "*", DECLINE);
        UUID revoked = send(relief, Subject.household(household));
        referrals.act(relief, revoked, ReferralAction.REVOKE, "*", "خانواده به شهر رفت");

        for (var expected : List.of(
                Map.entry(BeneficiaryEvents.REFERRAL_SENT, completed),
                Map.entry(BeneficiaryEvents.REFERRAL_ACCEPTED, completed),
                Map.entry(BeneficiaryEvents.REFERRAL_COMPLETED, completed),
                Map.entry(BeneficiaryEvents.REFERRAL_DECLINED, declined),
                Map.entry(BeneficiaryEvents.REFERRAL_REVOKED, revoked))) {
            ConsumerRecord<String, String> record = arrived(expected.getKey(), expected.getValue());
            assertThat(record.key()).isEqualTo(expected.getValue().toString());
            assertThat(record.value()).doesNotContain(REASON).doesNotContain(DECLINE).doesNotContain("شهر")
                    .doesNotContain(code);
        }
        String hash = arrange.database().text("select person_hash from person where national_code = ?", code);
        assertThat(arrived(BeneficiaryEvents.REFERRAL_DECLINED, declined).value()).contains(hash);
    }

    private UUID send(Actor sender, Subject subject) {
        return referrals.send(sender, new ReferralOrder(subject, Arrange.org(RURAL), AidCategory.RURAL_HOUSING_INSURANCE,
                REASON, true, LocalDate.of(2026, 3, 21), ConsentMethod.SIGNED_FORM)).referral().id;
    }

    private static <T> ConsumerRecord<String, String> arrived(EventType<T> type, UUID id) {
        ConsumerRecord<String, String> record = BeneficiaryEventsReader.first(BeneficiaryEventsReader.ofType(type.type(), id),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError(type.type() + " of " + id + " did not arrive"));
        assertThat(BeneficiaryEventsReader.header(record, "ce_source")).isEqualTo("/hamyar/beneficiaries-service");
        assertThat(EventSchemas.violations(type, record.value())).isEmpty();
        return record;
    }
}
