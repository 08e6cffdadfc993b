package org.hamyar.donors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What operators and integrators read without a token: health, metrics, OpenAPI and AsyncAPI. */
@QuarkusTest
class ServiceDocumentsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void healthIsUpWithTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"))
                .body("checks.find { it.name.contains('Messaging') }.data.'beneficiaries-in'", equalTo("[OK]"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiNamesEveryOperationAndItsErrors() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/allocations/granted-aid'.get.operationId", equalTo("listGrantedAid"))
                .body("paths.'/api/allocations/granted-aid'.get.tags[0]", equalTo("Granted aid"))
                .body("paths.'/api/allocations/granted-aid/{aidId}'.get.operationId", equalTo("getGrantedAid"))
                .body("paths.'/api/allocations/granted-aid/{aidId}'.get.responses.'404'", notNullValue())
                .body("paths.'/api/allocations/granted-aid/{aidId}'.get.responses.'403'", notNullValue())
                .body("paths.'/api/allocations/granted-aid/{aidId}'.get.responses.'401'", notNullValue());
    }

    @Test
    void asyncApiSaysWhatTheServiceConsumes() {
        given().get("/asyncapi.yaml").then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("address: beneficiaries.events"))
                .body(containsString("address: beneficiaries.events.donors-dlq"))
                .body(containsString("hamyar.beneficiaries.aid-granted.v1"));
    }

    @Test
    void asyncApiServesTheSchemasItRefersTo() {
        for (String type : new String[] {"hamyar.beneficiaries.aid-granted.v1", "hamyar.beneficiaries.aid-revoked.v1"}) {
            given().get("/asyncapi/schemas/{type}.json", type).then().statusCode(200)
                    .contentType(containsString("schema+json"))
                    .body(containsString("aidId"));
        }
    }

    @Test
    void asyncApiServesNoOtherClasspathFile() {
        given().get("/asyncapi/schemas/{type}.json", "application").then().statusCode(404);
    }
}
