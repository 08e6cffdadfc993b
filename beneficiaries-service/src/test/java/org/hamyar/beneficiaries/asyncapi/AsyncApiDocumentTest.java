package org.hamyar.beneficiaries.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.testing.AsyncApiDocuments;
import org.junit.jupiter.api.Test;

/**
 * The beneficiaries-service's AsyncAPI document (the resource served at /asyncapi.yaml) passes the
 * official AsyncAPI 3.0.0 JSON Schema and the network's conventions, and names every event the
 * service publishes and every one it reads.
 */
class AsyncApiDocumentTest {

    @Test
    void theDocumentIsValidAsyncApi300() {
        assertThat(AsyncApiDocuments.violations("asyncapi.yaml")).isEmpty();
    }

    @Test
    void itDescribesEveryEventPublishedAndEveryEventConsumed() {
        String[] expected = Stream.concat(BeneficiaryEvents.ALL.stream(), Stream.of(
                        AgreementEvents.AGREEMENT_ACTIVATED, AgreementEvents.AGREEMENT_AMENDED,
                        AgreementEvents.AGREEMENT_TERMINATED, AgreementEvents.AGREEMENT_EXPIRED))
                .map(EventType::type)
                .toArray(String[]::new);
        assertThat(AsyncApiDocuments.eventTypes("asyncapi.yaml")).containsExactlyInAnyOrder(expected);
        assertThat(AsyncApiDocuments.read("asyncapi.yaml").at("/channels/deadLetters/address").asText())
                .isEqualTo("agreements.events.beneficiaries-dlq");
    }
}
