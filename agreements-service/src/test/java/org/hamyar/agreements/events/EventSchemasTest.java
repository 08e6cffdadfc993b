package org.hamyar.agreements.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.testing.EventSamples;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas this service owns in event-contracts, as the outbox writes its events (event-contracts
 * tests every event type the same way; here what matters to the agreements-service). The Quarkus
 * tests check the payloads really written to the outbox and to Kafka ({@link PublishedEventsTest}).
 */
class EventSchemasTest {

    static List<EventType<?>> eventTypes() {
        return AgreementEvents.ALL;
    }

    @Test
    void theServicePublishesEightEventTypes() {
        assertThat(AgreementEvents.ALL).hasSize(8).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aRealisticEventFitsItsSchema(EventType<?> type) {
        assertThat(EventSchemas.violationsOf(type, EventSamples.of(type))).isEmpty();
    }

    @Test
    void theTermsAreCheckedDeeply() {
        ObjectNode activated = (ObjectNode) EventJson.tree(EventSamples.of(AgreementEvents.AGREEMENT_ACTIVATED));
        ((ObjectNode) activated.get("terms")).putArray("provinces").add("99x");
        ((ObjectNode) activated.get("terms").get("coordinationRules").get(0)).put("mode", "IGNORE");
        ((ObjectNode) activated.get("terms")).put("effectiveFrom", "1397-09-26x");
        assertThat(EventSchemas.violations(AgreementEvents.AGREEMENT_ACTIVATED, activated)).hasSize(3);
    }

    @Test
    void anAgreementNeedsTwoParties() {
        ObjectNode amended = (ObjectNode) EventJson.tree(EventSamples.of(AgreementEvents.AGREEMENT_AMENDED));
        ((com.fasterxml.jackson.databind.node.ArrayNode) amended.get("terms").get("parties")).remove(1);
        assertThat(EventSchemas.violations(AgreementEvents.AGREEMENT_AMENDED, amended))
                .singleElement().asString().contains("parties");
    }
}
