package org.hamyar.donors.asyncapi;

import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.testing.AsyncApiDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The donors-service's AsyncAPI document (the resource served at /asyncapi.yaml) passes the official
 * AsyncAPI 3.0.0 JSON Schema and the network's conventions, and names the events the service reads.
 */
class AsyncApiDocumentTest {

    @Test
    void theDocumentIsValidAsyncApi300() {
        assertThat(AsyncApiDocuments.violations("asyncapi.yaml")).isEmpty();
    }

    @Test
    void itDescribesTheEventsTheServiceConsumes() {
        assertThat(AsyncApiDocuments.eventTypes("asyncapi.yaml")).containsExactlyInAnyOrder(
                BeneficiaryEvents.AID_GRANTED.type(), BeneficiaryEvents.AID_REVOKED.type());
        assertThat(AsyncApiDocuments.read("asyncapi.yaml").at("/channels/deadLetters/address").asText())
                .isEqualTo("beneficiaries.events.donors-dlq");
    }
}
