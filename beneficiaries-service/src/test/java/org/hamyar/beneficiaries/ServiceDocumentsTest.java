package org.hamyar.beneficiaries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics, the OpenAPI and AsyncAPI documents and the event schemas are served. */
@QuarkusTest
class ServiceDocumentsTest {

    @Test
    void healthAndMetrics() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }

    @Test
    void openApiNamesEveryOperationAndItsErrors() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/aid'.post.operationId", equalTo("grantAid"))
                .body("paths.'/api/aid'.post.responses.'409'.description", containsString("overlap-blocked"))
                .body("paths.'/api/aid-checks'.post.operationId", equalTo("checkAid"))
                .body("paths.'/api/households'.post.operationId", equalTo("registerHousehold"))
                .body("paths.'/api/persons/{id}'.get.operationId", equalTo("getPerson"))
                .body("paths.'/api/households/{householdId}/aid'.get.operationId", equalTo("listHouseholdAid"))
                .body("paths.'/api/aid/{id}/revocation'.post.operationId", equalTo("revokeAid"))
                // issue 7: enrolments, referrals, the read log
                .body("paths.'/api/enrolments'.post.responses.'409'.description", containsString("enrolment-overlaps"))
                .body("paths.'/api/enrolments/{id}/end'.post.operationId", equalTo("endEnrolment"))
                .body("paths.'/api/referrals'.post.responses.'422'.description", containsString("consent-missing"))
                .body("paths.'/api/referrals/{id}/acceptance'.post.responses.'412'.description", containsString("stale-version"))
                .body("paths.'/api/audit'.get.operationId", equalTo("listRecordReads"));
    }

    @Test
    void asyncApiAndTheSchemasItNamesAreServedWithoutAToken() {
        given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("address: beneficiaries.events"))
                .body(containsString("hamyar.beneficiaries.overlap-detected.v1"));
        given().when().get("/asyncapi/schemas/hamyar.beneficiaries.aid-granted.v1.json")
                .then().statusCode(200).body(containsString("\"AidGranted\""));
        given().when().get("/asyncapi/schemas/hamyar.agreements.agreement-activated.v1.json").then().statusCode(200);
        given().when().get("/asyncapi/schemas/..%2Fapplication.properties.json").then().statusCode(404);
    }
}
