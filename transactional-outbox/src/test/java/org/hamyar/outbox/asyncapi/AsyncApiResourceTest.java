package org.hamyar.outbox.asyncapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hamyar.events.EventJson;
import org.hamyar.events.testing.AsyncApiDocuments;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The event documentation over HTTP, as the test application's REST layer serves it. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class AsyncApiResourceTest {

    @Test
    void theDocumentIsServedAsItIsWrittenAndPassesTheAsyncApiCheck() throws Exception {
        byte[] served = given().get("/asyncapi.yaml").then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .extract().asByteArray();
        byte[] written = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml").readAllBytes();
        assertThat(served).isEqualTo(written);
        assertThat(AsyncApiDocuments.violations("asyncapi.yaml")).isEmpty();
    }

    @Test
    void theSchemasTheDocumentRefersToAreServedNextToIt() {
        given().get("/asyncapi/schemas/hamyar.beneficiaries.aid-granted.v1.json").then().statusCode(200)
                .contentType(containsString("application/schema+json"))
                .body("title", equalTo("AidGranted"))
                .body("$id", equalTo("urn:hamyar:schema:hamyar.beneficiaries.aid-granted.v1"));
        String headers = given().get("/asyncapi/schemas/cloudevents-headers.json").then().statusCode(200)
                .extract().asString();
        assertThat(EventJson.parse(headers).at("/properties/ce_id/format").asText()).isEqualTo("uuid");
    }

    @Test
    void nothingElseIsServed() {
        // a schema of event-contracts the document does not refer to
        given().get("/asyncapi/schemas/hamyar.agreements.agreement-signed.v1.json").then().statusCode(404);
        given().get("/asyncapi/schemas/hamyar.agreements.nothing.v1.json").then().statusCode(404);
        given().get("/asyncapi/schemas/application.json").then().statusCode(404);
        given().get("/asyncapi/schemas/..%2Fapplication.properties.json").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/asyncapi/schemas/../../application.properties").then().statusCode(404);
    }
}
