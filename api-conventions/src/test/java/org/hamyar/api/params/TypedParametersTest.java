package org.hamyar.api.params;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** UUIDs, enums, provinces and dates as typed parameters: read in any script, refused by name. */
@QuarkusTest
class TypedParametersTest {

    private static final String ID = "0a000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void typedParametersAreReadByTheConventions() {
        given().queryParam("colour", "dark-green").queryParam("province", "IR-۲۶").queryParam("on", "۱۴۰۳/۰۱/۰۱")
                .when().get("/test/typed/" + ID)
                .then().statusCode(200)
                .body("id", equalTo(ID))
                .body("colour", equalTo("DARK_GREEN"))
                .body("province", equalTo("26"))
                .body("on", equalTo("2024-03-20"));
    }

    @Test
    void absentAndBlankParametersAreNull() {
        given().queryParam("colour", " ")
                .when().get("/test/typed/" + ID)
                .then().statusCode(200)
                .body("colour", equalTo("null"))
                .body("province", equalTo("null"));
    }

    @Test
    void aBlankPathParameterIsA400NamingItNotANullId() {
        // /x/%20 named no id: the resource looked up null, a 500
        given().urlEncodingEnabled(false).when().get("/test/typed/%20")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void anUnknownEnumValueInAQueryIsA400NotA404() {
        given().queryParam("colour", "purple")
                .when().get("/test/typed/" + ID)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of: RED, DARK_GREEN"));
    }

    @Test
    void everyBadParameterIsListedInOneAnswer() {
        given().queryParam("colour", "purple").queryParam("province", "99").queryParam("on", "1403-13-01")
                .when().get("/test/typed/not-a-uuid")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors", hasSize(4))
                .body("errors.field", containsInAnyOrder("id", "colour", "province", "on"));
    }

    @Test
    void aShortenedUuidIsNotAnId() {
        given().when().get("/test/typed/1-1-1-1-1")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("must be a UUID such as 0a000000-0000-4000-8000-000000000001"));
    }

    @Test
    void theAnswerIsInPersianWhenAsked() {
        given().header("Accept-Language", "fa").queryParam("province", "40")
                .when().get("/test/typed/" + ID)
                .then().statusCode(400)
                .body("title", equalTo("پارامتر نامعتبر"))
                .body("errors[0].field", equalTo("province"));
    }
}
