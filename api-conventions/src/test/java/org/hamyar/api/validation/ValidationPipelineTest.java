package org.hamyar.api.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Shape and field-rule errors: one 400 validation-failed naming every field, in either language. */
@QuarkusTest
class ValidationPipelineTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shapeAndRuleViolationsComeInOneAnswer() {
        given().contentType(ContentType.JSON).body("{\"title\":\" \",\"start\":\"1403-02-01\",\"end\":\"2024-03-20\"}")
                .when().post("/test/periods")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("detail", equalTo("2 fields of the request are invalid."))
                .body("errors", hasSize(2))
                .body("errors.field", containsInAnyOrder("title", "end"))
                .body("errors.find { it.field == 'end' }.message", equalTo("must not be before the start"));
    }

    @Test
    void ruleMessagesFollowAcceptLanguage() {
        given().header("Accept-Language", "fa").contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"start\":\"2024-03-21\",\"end\":\"2024-03-20\"}")
                .when().post("/test/periods")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", equalTo("نباید پیش از آغاز باشد"));
    }

    @Test
    void directionOverridesInFreeTextAreRefused() {
        given().contentType(ContentType.JSON).body("{\"title\":\"abc\\u202Edef\"}")
                .when().post("/test/periods")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void aValidBodyPasses() {
        given().contentType(ContentType.JSON).body("{\"title\":\"جشن عاطفه‌ها\",\"start\":\"1403-01-01\",\"end\":\"1403-12-29\"}")
                .when().post("/test/periods")
                .then().statusCode(200)
                .body("start", equalTo("2024-03-20"));
    }
}
