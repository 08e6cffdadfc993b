package org.hamyar.donors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hamyar.api.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The OpenAPI document as served reads cleanly with the reference parser, as a client generator
 * would read it, and gives the filters their types.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsValidOpenApi() {
        String document = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiDocuments.assertValid(document);
    }

    @Test
    void theFiltersAreTyped() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertThat(filter(document, "provider")).satisfiesAnyOf(
                schema -> assertThat(schema).containsEntry("format", "uuid"),
                schema -> assertThat(schema).containsEntry("$ref", "#/components/schemas/UUID"));
        assertThat(filter(document, "province")).containsEntry("type", "string");
        assertThat(filter(document, "category")).satisfiesAnyOf(
                schema -> assertThat(String.valueOf(schema.get("enum"))).contains("FOOD_BASKET"),
                schema -> {
                    assertThat(schema).containsEntry("$ref", "#/components/schemas/AidCategory");
                    assertThat(document.getList("components.schemas.AidCategory.enum", String.class)).contains("FOOD_BASKET");
                });
    }

    @Test
    void everyCreatingPostDocumentsItsIdempotencyKey() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        for (String path : new String[] {"/api/donors", "/api/funds", "/api/endowments"}) {
            String post = "paths.'" + path + "'.post";
            assertThat(document.getMap(post + ".parameters.find { it.name == 'Idempotency-Key' }"))
                    .as(path).containsEntry("in", "header").containsEntry("required", false);
            // the service's own UnprocessableContent (by reference) or the one the filter adds
            assertThat(document.getMap(post + ".responses.'422'")).as(path).isNotEmpty();
        }
        assertThat(document.getList("paths.'/api/donors'.get.parameters.name", String.class))
                .doesNotContain("Idempotency-Key");
    }

    private static Map<String, Object> filter(JsonPath document, String name) {
        return document.getMap("paths.'/api/allocations/granted-aid'.get.parameters.find { it.name == '" + name + "' }.schema");
    }
}
