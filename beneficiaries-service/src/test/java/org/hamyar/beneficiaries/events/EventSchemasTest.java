package org.hamyar.beneficiaries.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.beneficiaries.HouseholdRegistered;
import org.hamyar.events.beneficiaries.OverlapDetected;
import org.hamyar.events.beneficiaries.OverlapOverridden;
import org.hamyar.events.beneficiaries.PersonsMerged;
import org.hamyar.events.beneficiaries.PersonRegistered;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every event the beneficiaries-service publishes, in the shapes it takes here (household or personal
 * aid, with or without an address), fits the JSON Schema it owns in event-contracts, as the outbox's
 * mapper writes it; personal data and broken values are refused.
 */
class EventSchemasTest {

    static final String HASH = "4c3efc832613c6235da25980732970b32032e613d9fa42d33b72f5a57693651b";
    static final Instant NOW = Instant.parse("2025-05-10T08:30:00.123456Z");
    static final LocalDate DAY = LocalDate.of(2025, 5, 10);

    static final PersonRegistered PERSON = new PersonRegistered(UUID.randomUUID(), HASH, UUID.randomUUID(), "26",
            "البرز", true, NOW);
    static final PersonRegistered PERSON_WITHOUT_ADDRESS = new PersonRegistered(UUID.randomUUID(), HASH,
            UUID.randomUUID(), null, null, null, NOW);
    static final HouseholdRegistered HOUSEHOLD = new HouseholdRegistered(UUID.randomUUID(), UUID.randomUUID(), HASH, 3,
            UUID.randomUUID(), "RURAL_POOR", "26", "البرز", true, NOW);
    static final AidGranted HOUSEHOLD_AID = new AidGranted(UUID.randomUUID(), UUID.randomUUID(), null, null,
            "FOOD_BASKET", 25_000_000L, 1, DAY, null, UUID.randomUUID(), null, null, "26", "البرز", true, "DELIVERED", 0, NOW);
    static final AidGranted PERSONAL_AID = new AidGranted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), HASH,
            "HEALTH_INSURANCE", 5_000_000L, 1, DAY, DAY.plusYears(1), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), "26", "البرز", true, "PLANNED", 1, NOW);
    static final AidRevoked REVOKED = new AidRevoked(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, NOW);
    static final OverlapDetected OVERLAP = new OverlapDetected(UUID.randomUUID(), UUID.randomUUID(), null, null,
            "FOOD_BASKET", UUID.randomUUID(), DAY, null, "26", "البرز",
            List.of(new OverlapDetected.OverlappingAid(UUID.randomUUID(), UUID.randomUUID(), true, DAY.minusDays(10), null),
                    OverlapDetected.OverlappingAid.undisclosed()), NOW);

    static final OverlapOverridden OVERRIDDEN = new OverlapOverridden(UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), null, "FOOD_BASKET", UUID.randomUUID(), DAY, null, "26", "البرز", 1, NOW);
    // issue 7, duplicates
    static final PersonsMerged MERGED = new PersonsMerged(UUID.randomUUID(), HASH, UUID.randomUUID(), HASH.replace('4', '5'),
            UUID.randomUUID(), UUID.randomUUID(), NOW);

    @Test
    void everySampleFitsItsSchema() {
        assertFits(BeneficiaryEvents.PERSON_REGISTERED, PERSON);
        assertFits(BeneficiaryEvents.PERSON_REGISTERED, PERSON_WITHOUT_ADDRESS);
        assertFits(BeneficiaryEvents.HOUSEHOLD_REGISTERED, HOUSEHOLD);
        assertFits(BeneficiaryEvents.AID_GRANTED, HOUSEHOLD_AID);
        assertFits(BeneficiaryEvents.AID_GRANTED, PERSONAL_AID);
        assertFits(BeneficiaryEvents.AID_REVOKED, REVOKED);
        assertFits(BeneficiaryEvents.OVERLAP_DETECTED, OVERLAP);
        assertFits(BeneficiaryEvents.OVERLAP_OVERRIDDEN, OVERRIDDEN);
        assertFits(BeneficiaryEvents.PERSONS_MERGED, MERGED);
    }

    // issue 7: enrolments and referrals name their subject by household id, or by person id and hash, never both
    @Test
    void enrolmentAndReferralEventsNameOneSubjectAndCarryNoReason() {
        UUID id = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        assertFits(BeneficiaryEvents.ENROLMENT_CREATED, new org.hamyar.events.beneficiaries.EnrolmentCreated(id, org,
                "RURAL_POOR", UUID.randomUUID(), null, null, DAY, null, NOW));
        assertFits(BeneficiaryEvents.ENROLMENT_ENDED, new org.hamyar.events.beneficiaries.EnrolmentEnded(id, org,
                "DISABILITY", null, UUID.randomUUID(), HASH, DAY, DAY.plusDays(30), NOW));
        var sent = new org.hamyar.events.beneficiaries.ReferralSent(id, org, UUID.randomUUID(), UUID.randomUUID(), null,
                null, "HOUSING", "THUMBPRINT", DAY, NOW);
        assertFits(BeneficiaryEvents.REFERRAL_SENT, sent);

        ObjectNode withReason = (ObjectNode) EventJson.tree(sent);
        withReason.put("reason", "خانوار بی‌سرپناه");
        assertThat(EventSchemas.violations(BeneficiaryEvents.REFERRAL_SENT, withReason)).isNotEmpty();
        ObjectNode noSubject = (ObjectNode) EventJson.tree(sent);
        noSubject.putNull("householdId");
        assertThat(EventSchemas.violations(BeneficiaryEvents.REFERRAL_SENT, noSubject)).isNotEmpty();
        ObjectNode personWithoutHash = (ObjectNode) EventJson.tree(sent);
        personWithoutHash.putNull("householdId");
        personWithoutHash.put("personId", UUID.randomUUID().toString());
        assertThat(EventSchemas.violations(BeneficiaryEvents.REFERRAL_SENT, personWithoutHash)).isNotEmpty();
    }

    @Test
    void everyBeneficiariesEventTypeHasASchema() {
        assertThat(BeneficiaryEvents.ALL).hasSize(14);
        for (EventType<?> type : BeneficiaryEvents.ALL) {
            assertThat(getClass().getClassLoader().getResource(type.schemaResource())).as(type.type()).isNotNull();
        }
    }

    @Test
    void personalDataHasNoPlaceInAnEvent() {
        ObjectNode withCode = (ObjectNode) EventJson.tree(PERSON);
        withCode.put("nationalCode", "0499370899");
        assertThat(EventSchemas.violations(BeneficiaryEvents.PERSON_REGISTERED, withCode)).isNotEmpty();

        ObjectNode codeAsHash = (ObjectNode) EventJson.tree(PERSONAL_AID);
        codeAsHash.put("personHash", "0499370899");
        assertThat(EventSchemas.violations(BeneficiaryEvents.AID_GRANTED, codeAsHash)).isNotEmpty();

        ObjectNode withDocument = (ObjectNode) EventJson.tree(MERGED);
        withDocument.put("documentNumber", "123456789");
        assertThat(EventSchemas.violations(BeneficiaryEvents.PERSONS_MERGED, withDocument)).isNotEmpty();
    }

    @Test
    void brokenSamplesAreCaught() {
        ObjectNode negative = (ObjectNode) EventJson.tree(HOUSEHOLD_AID);
        negative.put("amountRials", -1);
        assertThat(EventSchemas.violations(BeneficiaryEvents.AID_GRANTED, negative)).isNotEmpty();

        ObjectNode unknownCategory = (ObjectNode) EventJson.tree(OVERLAP);
        unknownCategory.put("category", "GOLD");
        assertThat(EventSchemas.violations(BeneficiaryEvents.OVERLAP_DETECTED, unknownCategory)).isNotEmpty();

        ObjectNode badDate = (ObjectNode) EventJson.tree(REVOKED);
        badDate.put("revokedAt", "yesterday");
        assertThat(EventSchemas.violations(BeneficiaryEvents.AID_REVOKED, badDate)).isNotEmpty();
    }

    private static void assertFits(EventType<?> type, Object event) {
        assertThat(EventSchemas.violationsOf(type, event)).as(type.type()).isEmpty();
    }
}
