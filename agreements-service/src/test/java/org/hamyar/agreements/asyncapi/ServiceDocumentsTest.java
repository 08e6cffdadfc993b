package org.hamyar.agreements.asyncapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;
import org.junit.jupiter.api.Test;

/** The public documents: AsyncAPI with the schemas it refers to, OpenAPI with every error status, health and metrics. */
@QuarkusTest
class ServiceDocumentsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theAsyncApiDocumentDescribesEveryEventAndEachSchemaItRefersToIsServed() throws Exception {
        String yaml = given().get("/asyncapi.yaml").then().statusCode(200)
                .contentType(containsString("yaml")).extract().asString();
        JsonNode asyncApi = YAML.readTree(yaml);
        assertThat(asyncApi.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(asyncApi.at("/channels/agreementsEvents/address").asText()).isEqualTo("agreements.events");
        JsonNode messages = asyncApi.at("/components/messages");
        assertThat(messages.size()).isEqualTo(AgreementEvents.ALL.size());
        for (EventType<?> type : AgreementEvents.ALL) {
            JsonNode message = messages.get(type.dataClass().getSimpleName());
            assertThat(message).as(type.type()).isNotNull();
            assertThat(message.get("name").asText()).isEqualTo(type.type());
            String ref = message.at("/payload/schema/$ref").asText();
            assertThat(ref).isEqualTo("asyncapi/schemas/" + type.type() + ".json");
            // relative to /asyncapi.yaml, as an AsyncAPI tool resolves it
            String schema = given().get("/" + ref).then().statusCode(200)
                    .contentType(containsString("schema+json")).extract().asString();
            assertThat(EventJson.parse(schema).get("$schema").asText())
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(message.at("/headers/$ref").asText()).isEqualTo("asyncapi/schemas/cloudevents-headers.json");
        }
        given().get("/asyncapi/schemas/cloudevents-headers.json").then().statusCode(200);
        given().get("/asyncapi/schemas/hamyar.agreements.nothing.v1.json").then().statusCode(404);
        // a schema of event-contracts this document does not refer to
        given().get("/asyncapi/schemas/hamyar.beneficiaries.aid-granted.v1.json").then().statusCode(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentNamesEveryOperationAndItsErrorStatuses() {
        Map<String, Object> openApi = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        var paths = (Map<String, Map<String, Map<String, Object>>>) openApi.get("paths");
        assertThat(paths).containsKeys("/api/organizations", "/api/agreements", "/api/agreements/{id}/signatures",
                "/api/agreements/{id}/amendments", "/api/agreements/{id}/report", "/api/agreements/{id}/committee/nominations",
                "/api/calendar");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("operationId")).as("%s %s", method, path).isNotNull();
            var responses = (Map<String, Object>) operation.get("responses");
            if (path.startsWith("/api/")) {
                assertThat(responses).as("%s %s", method, path).containsKeys("401", "403");
            }
            // a body can break a rule of the domain (422); an action without one (a replay) cannot
            if (List.of("post", "put").contains(method) && path.startsWith("/api/") && operation.containsKey("requestBody")) {
                assertThat(responses).as("%s %s", method, path).containsKeys("400", "422");
            }
        }));
        assertThat(paths.get("/api/agreements/{id}").get("put").get("responses").toString()).contains("412", "409", "428");
        given().accept("application/json").get("/q/openapi").then()
                .body("components.responses.UnprocessableContent.content.'application/problem+json'.examples", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void healthAndPrometheusMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
