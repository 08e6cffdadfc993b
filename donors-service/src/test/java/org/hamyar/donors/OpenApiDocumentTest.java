package org.hamyar.donors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.hamyar.api.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document as served reads cleanly with the reference parser, as a client generator
 * would read it, and gives the filters their types.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String LIST = "paths.'/api/allocations/granted-aid'.get.parameters.find { it.name == '%s' }.schema";

    @Test
    void theServedDocumentIsValidOpenApi() {
        String document = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiDocuments.assertValid(document);
    }

    @Test
    void theFiltersAreTyped() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(LIST.formatted("provider") + ".format", equalTo("uuid"))
                .body(LIST.formatted("province") + ".type", equalTo("string"))
                .body("components.schemas.AidCategory.enum", hasItem("FOOD_BASKET"));
    }
}
