package org.hamyar.donors.asyncapi;

import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.events.testing.AsyncApiDocuments;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The donors-service's AsyncAPI document (the resource served at /asyncapi.yaml) passes the official
 * AsyncAPI 3.0.0 JSON Schema and the network's conventions, and names the events the service reads and publishes.
 */
class AsyncApiDocumentTest {

    @Test
    void theDocumentIsValidAsyncApi300() {
        assertThat(AsyncApiDocuments.violations("asyncapi.yaml")).isEmpty();
    }

    @Test
    void itDescribesTheEventsTheServiceConsumes() {
        List<String> expected = new ArrayList<>(List.of(BeneficiaryEvents.AID_GRANTED.type(), BeneficiaryEvents.AID_REVOKED.type(),
                AgreementEvents.AGREEMENT_ACTIVATED.type(), AgreementEvents.AGREEMENT_AMENDED.type(),
                AgreementEvents.AGREEMENT_TERMINATED.type(), AgreementEvents.AGREEMENT_EXPIRED.type()));
        // and the events it publishes on donors.events
        DonorEvents.ALL.forEach(type -> expected.add(type.type()));
        assertThat(AsyncApiDocuments.eventTypes("asyncapi.yaml")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(AsyncApiDocuments.read("asyncapi.yaml").at("/channels/deadLetters/address").asText())
                .isEqualTo("beneficiaries.events.donors-dlq");
    }
}
