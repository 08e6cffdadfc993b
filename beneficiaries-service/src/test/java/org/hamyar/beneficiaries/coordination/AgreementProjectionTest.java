package org.hamyar.beneficiaries.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementAmended;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.standards.PersianText;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The agreements projection, fed over the real broker as the agreements-service's relay would. */
@QuarkusTest
class AgreementProjectionTest {

    static final UUID RELIEF = UUID.fromString("7a000000-0000-4000-8000-000000000005");
    static final UUID RURAL = UUID.fromString("7a000000-0000-4000-8000-000000000006");

    @Inject
    Arrange arrange;

    @Test
    void anActivatedAgreementIsProjectedWithItsPartiesPlaceRulesAndSharing() {
        UUID agreement = UUID.randomUUID();
        AgreementTerms terms = new AgreementTerms(agreement, 1, "ACTIVE",
                List.of(new org.hamyar.events.agreements.AgreementParty(RELIEF, "IMPLEMENTER"),
                        new org.hamyar.events.agreements.AgreementParty(RURAL, "MONITOR")),
                List.of("۲۶"), List.of("آبيك"), List.of("RURAL_POOR"), List.of("FOOD_BASKET", "PILGRIMAGE"), true,
                List.of(new CoordinationRule("FOOD_BASKET", "BLOCK"), new CoordinationRule("PILGRIMAGE", "WARN")),
                LocalDate.now(), null);
        arrange.agreement(terms);

        Database db = arrange.database();
        assertThat(db.text("select active::text from coordination_agreement where agreement_id = ?", agreement)).isEqualTo("true");
        assertThat(db.text("select array_to_string(provinces, ',') from coordination_agreement where agreement_id = ?", agreement))
                .as("digits folded").isEqualTo("26");
        assertThat(db.text("select array_to_string(counties, ',') from coordination_agreement where agreement_id = ?", agreement))
                .as("county normalised").isEqualTo(PersianText.compact("آبیک"));
        assertThat(db.text("select array_to_string(blocking_categories, ',') from coordination_agreement where agreement_id = ?", agreement))
                .isEqualTo("FOOD_BASKET");
        assertThat(db.text("select array_to_string(warning_categories, ',') from coordination_agreement where agreement_id = ?", agreement))
                .isEqualTo("PILGRIMAGE");
        assertThat(db.count("select count(*) from coordination_agreement where agreement_id = ? and parties @> array[?, ?]::uuid[] and data_sharing",
                agreement, RELIEF, RURAL)).isOne();
    }

    @Test
    void aRedeliveredEventChangesNothingTheSecondTime() {
        UUID agreement = UUID.randomUUID();
        AgreementTerms v1 = AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, false, AgreementsTopic.blocking("FOOD_BASKET"));
        Database db = arrange.database();
        try (AgreementsTopic topic = new AgreementsTopic()) {
            AgreementActivated activated = new AgreementActivated(v1, Instant.now());
            UUID eventId = topic.send(AgreementEvents.AGREEMENT_ACTIVATED, agreement, activated);
            db.awaitProcessed(eventId);
            String projectedAt = db.text("select updated_at::text from coordination_agreement where agreement_id = ?", agreement);

            // the same event again (a consumer restart, a replay); applying it would stamp the row anew
            topic.resend(eventId, AgreementEvents.AGREEMENT_ACTIVATED, agreement, activated);
            // a marker behind it on the same key (so the same partition): once it is applied, so was the redelivery
            UUID marker = topic.send(AgreementEvents.AGREEMENT_ACTIVATED, agreement,
                    new AgreementActivated(AgreementsTopic.terms(UUID.randomUUID(), 1, RELIEF, RURAL, false, List.of()), Instant.now()));
            db.awaitProcessed(marker);

            assertThat(db.count("select count(*) from processed_event where event_id = ?", eventId)).isOne();
            assertThat(db.text("select updated_at::text from coordination_agreement where agreement_id = ?", agreement))
                    .as("the redelivery changed nothing").isEqualTo(projectedAt);
        }
    }

    @Test
    void anOlderVersionArrivingLateDoesNotOverwriteANewerOne() {
        UUID agreement = UUID.randomUUID();
        AgreementTerms v1 = AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, false, AgreementsTopic.blocking("FOOD_BASKET"));
        AgreementTerms v2 = AgreementsTopic.terms(agreement, 2, RELIEF, RURAL, true,
                AgreementsTopic.blocking("FOOD_BASKET", "CASH_GRANT"));
        Database db = arrange.database();
        try (AgreementsTopic topic = new AgreementsTopic()) {
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_AMENDED, agreement,
                    new AgreementAmended(v2, 1, Instant.now())));
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_ACTIVATED, agreement,
                    new AgreementActivated(v1, Instant.now())));
        }
        assertThat(db.text("select version::text from coordination_agreement where agreement_id = ?", agreement)).isEqualTo("2");
        assertThat(db.text("select array_to_string(blocking_categories, ',') from coordination_agreement where agreement_id = ?", agreement))
                .isEqualTo("FOOD_BASKET,CASH_GRANT");
        assertThat(db.text("select data_sharing::text from coordination_agreement where agreement_id = ?", agreement)).isEqualTo("true");
    }

    @Test
    void aTerminationEndsTheAgreementAndALateActivationOfTheSameVersionDoesNotRevive() {
        UUID agreement = UUID.randomUUID();
        AgreementTerms v1 = AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, true, AgreementsTopic.blocking("HOUSING"));
        Database db = arrange.database();
        try (AgreementsTopic topic = new AgreementsTopic()) {
            db.awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
            db.awaitProcessed(topic.activate(v1));
        }
        assertThat(db.text("select status from coordination_agreement where agreement_id = ?", agreement)).isEqualTo("TERMINATED");
        assertThat(db.text("select active::text from coordination_agreement where agreement_id = ?", agreement)).isEqualTo("false");
    }

    @Test
    void eventsThatDoNotChangeCoordinationAreIgnored() {
        UUID agreement = UUID.randomUUID();
        Database db = arrange.database();
        try (AgreementsTopic topic = new AgreementsTopic()) {
            topic.send(AgreementEvents.AGREEMENT_SIGNED, agreement,
                    new org.hamyar.events.agreements.AgreementSigned(agreement, 1, RELIEF, false, Instant.now()));
            UUID marker = topic.activate(AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, false, List.of()));
            db.awaitProcessed(marker);
        }
        assertThat(db.count("select count(*) from coordination_agreement where agreement_id = ?", agreement)).isOne();
    }
}
