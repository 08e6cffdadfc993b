package org.hamyar.agreements.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.testing.AsyncApiDocuments;
import org.junit.jupiter.api.Test;

/**
 * The agreements-service's AsyncAPI document (the resource served at /asyncapi.yaml) passes the
 * official AsyncAPI 3.0.0 JSON Schema and the network's conventions, and names every event the
 * service publishes.
 */
class AsyncApiDocumentTest {

    @Test
    void theDocumentIsValidAsyncApi300() {
        assertThat(AsyncApiDocuments.violations("asyncapi.yaml")).isEmpty();
    }

    @Test
    void itDescribesEveryEventTheServicePublishes() {
        assertThat(AsyncApiDocuments.eventTypes("asyncapi.yaml"))
                .containsExactlyInAnyOrder(AgreementEvents.ALL.stream().map(EventType::type).toArray(String[]::new));
    }
}
