package org.hamyar.agreements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.PathItem;

import org.hamyar.api.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document reads as a client generator would read it (the reference parser finds
 * nothing to report: every response described, every reference resolved), every operation is tagged,
 * and every operation of the API that takes a parameter or a body documents the 400 that a bad one
 * gets.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theServedDocumentIsValid() {
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenApiDocuments.assertValid(yaml);

        var openApi = new OpenAPIParser().readContents(yaml, null, null).getOpenAPI();
        for (var path : openApi.getPaths().entrySet()) {
            for (var operation : path.getValue().readOperationsMap().entrySet()) {
                PathItem.HttpMethod method = operation.getKey();
                var op = operation.getValue();
                String name = method + " " + path.getKey();
                assertThat(op.getTags()).as(name).isNotEmpty();
                boolean takesInput = op.getRequestBody() != null
                        || (op.getParameters() != null && !op.getParameters().isEmpty())
                        || (path.getValue().getParameters() != null && !path.getValue().getParameters().isEmpty());
                if (path.getKey().startsWith("/api/") && takesInput) {
                    assertThat(op.getResponses()).as(name).containsKey("400");
                }
            }
        }
    }
}
