package org.hamyar.beneficiaries;

import static io.restassured.RestAssured.given;

import org.hamyar.api.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document as served reads cleanly with the reference parser, as a client generator would read it. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsValidOpenApi() {
        String document = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiDocuments.assertValid(document);
    }
}
