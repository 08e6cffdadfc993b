package org.hamyar.gateway.mobile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The mobile views as the gateway's OpenAPI document describes them: operation ids, every status,
 * an example, and the services' parts as plain JSON objects (the views pass them on as they are).
 */
@QuarkusTest
class MobileViewsDocumentTest {

    @Test
    void theHouseholdSummaryAndTheDonorsImpactAreDocumented() {
        String household = "paths.'/api/mobile/households/{id}'.get";
        String impact = "paths.'/api/mobile/me/impact'.get";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(household + ".operationId", equalTo("mobileHouseholdSummary"))
                .body(household + ".responses.keySet()", hasItems("200", "400", "401", "403", "404", "429"))
                .body(household + ".responses.'200'.content.'application/json'.examples", notNullValue())
                .body(impact + ".operationId", equalTo("mobileDonorImpact"))
                .body(impact + ".responses.keySet()", hasItems("200", "401", "403", "404", "429"))
                .body("components.schemas.MobileHouseholdSummary.properties", hasKey("missing"))
                .body("components.schemas.ServiceJson.type", equalTo("object"))
                .body("components.schemas", not(hasKey("JsonNode")));
    }
}
