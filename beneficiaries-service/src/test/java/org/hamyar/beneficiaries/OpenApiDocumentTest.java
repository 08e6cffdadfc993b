package org.hamyar.beneficiaries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.hamyar.api.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document as served reads cleanly with the reference parser, as a client generator would read it. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsValidOpenApi() {
        String document = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiDocuments.assertValid(document);
    }

    @Test
    void theCreatingPostsDocumentTheirIdempotencyKeyAndItsReuse() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        for (String path : new String[] {"/api/imports", "/api/persons", "/api/aid"}) {
            String post = "paths.'" + path + "'.post";
            assertThat(document.getMap(post + ".parameters.find { it.name == 'Idempotency-Key' }"))
                    .as(path).containsEntry("in", "header")
                    .extractingByKey("schema").asString().contains("maxLength=200");
            assertThat(document.getString(post + ".responses.'422'.description")).as(path).contains("idempotency-key-reused");
        }
        // aid declares a 422 of its own rules, which keeps them
        assertThat(document.getString("paths.'/api/aid'.post.responses.'422'.description")).contains("person-not-in-household");
        assertThat(document.getString(
                "paths.'/api/persons'.post.responses.'422'.content.'application/problem+json'.examples.'idempotency-key-reused'.value"))
                .contains("urn:hamyar:problem:idempotency-key-reused");
    }
}
