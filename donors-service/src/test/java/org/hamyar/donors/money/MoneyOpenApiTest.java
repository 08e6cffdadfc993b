package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document names the money's operations with their error statuses (its validity: OpenApiDocumentTest). */
@QuarkusTest
class MoneyOpenApiTest {

    @Test
    void theMoneysOperationsNameTheirErrors() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/allocations'.post.operationId", equalTo("reserveAllocation"))
                .body("paths.'/api/allocations'.post.responses.'409'", notNullValue())
                .body("paths.'/api/allocations'.post.responses.'422'", notNullValue())
                .body("paths.'/api/endowments'.post.operationId", equalTo("registerEndowment"))
                .body("paths.'/api/funds/{id}/reconciliation'.get.operationId", equalTo("reconcileFund"))
                .body("paths.'/api/funds/{id}/iati'.get.operationId", equalTo("exportFundIati"))
                .body("paths.'/api/donors/me/statement'.get.operationId", equalTo("getOwnStatement"))
                .body("paths.'/api/allocations/funding'.get.operationId", equalTo("findFunding"))
                .body("paths.'/api/donors/{id}'.put.responses.'428'", notNullValue());
    }
}
