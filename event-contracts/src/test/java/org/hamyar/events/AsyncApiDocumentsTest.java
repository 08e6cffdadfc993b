package org.hamyar.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hamyar.events.testing.AsyncApiDocuments;
import org.junit.jupiter.api.Test;

/** The AsyncAPI check every service runs on its document: the official schema, then the network's conventions. */
class AsyncApiDocumentsTest {

    private static final String FIXTURE = "asyncapi-fixtures/consumer.yaml";

    @Test
    void aCorrectDocumentHasNoProblems() {
        assertThat(AsyncApiDocuments.violations(FIXTURE)).isEmpty();
        assertThat(AsyncApiDocuments.eventTypes(FIXTURE)).containsExactly("hamyar.agreements.agreement-signed.v1");
    }

    @Test
    void theOfficialSchemaIsApplied() {
        ObjectNode document = fixture();
        // AsyncAPI 2 spoke of publish and subscribe; 3.0.0 knows only send and receive
        ((ObjectNode) document.at("/operations/readSignatures")).put("action", "subscribe");
        document.remove("info");

        assertThat(AsyncApiDocuments.violations(document))
                .anySatisfy(problem -> assertThat(problem).startsWith("AsyncAPI 3.0.0 schema:").contains("info"))
                .anySatisfy(problem -> assertThat(problem).startsWith("AsyncAPI 3.0.0 schema:").contains("action"));
    }

    @Test
    void onlyVersion300IsChecked() {
        ObjectNode document = fixture();
        document.put("asyncapi", "2.6.0");
        assertThat(AsyncApiDocuments.violations(document)).singleElement().asString().contains("2.6.0");
    }

    @Test
    void aLocalReferenceMustPointAtSomething() {
        ObjectNode document = fixture();
        ((ObjectNode) document.at("/channels/agreementsEvents/messages/agreementSigned"))
                .put("$ref", "#/components/messages/AgreementSinged");
        assertThat(AsyncApiDocuments.violations(document))
                .anySatisfy(problem -> assertThat(problem).contains("AgreementSinged").contains("points at nothing"));
    }

    @Test
    void anExternalReferenceMustNameASchemaOfEventContracts() {
        ObjectNode document = fixture();
        ((ObjectNode) document.at("/components/messages/AgreementSigned/payload/schema"))
                .put("$ref", "asyncapi/schemas/hamyar.agreements.nothing.v1.json");
        ((ObjectNode) document.at("/components/messages/AgreementSigned/headers"))
                .put("$ref", "https://example.org/headers.json");
        assertThat(AsyncApiDocuments.violations(document))
                .anySatisfy(problem -> assertThat(problem).contains("hamyar.agreements.nothing.v1").contains("names no schema"))
                .anySatisfy(problem -> assertThat(problem).contains("https://example.org/headers.json"));
    }

    @Test
    void anEventMessageIsNamedByItsCeTypeAndTakesTheSharedHeaders() {
        ObjectNode document = fixture();
        ObjectNode message = (ObjectNode) document.at("/components/messages/AgreementSigned");
        message.put("name", "AgreementSigned");
        message.putObject("headers").put("type", "object");
        assertThat(AsyncApiDocuments.violations(document))
                .anySatisfy(problem -> assertThat(problem).contains("named 'AgreementSigned'"))
                .anySatisfy(problem -> assertThat(problem).contains("must take its headers from asyncapi/schemas/cloudevents-headers.json"));
    }

    @Test
    void theCloudEventsHeadersAreNotWrittenAgainInADocument() {
        ObjectNode document = fixture();
        ObjectNode headers = ((ObjectNode) document.at("/components")).putObject("schemas").putObject("CloudEventHeaders");
        headers.put("type", "object");
        headers.putObject("properties").putObject("ce_id").put("type", "string");
        assertThat(AsyncApiDocuments.violations(document))
                .anySatisfy(problem -> assertThat(problem).contains("/components/schemas/CloudEventHeaders")
                        .contains("defines CloudEvents headers itself"));
    }

    private static ObjectNode fixture() {
        JsonNode document = AsyncApiDocuments.read(FIXTURE);
        return (ObjectNode) document.deepCopy();
    }
}
