package org.hamyar.api.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Request bodies: hostile or sloppy JSON is a 400 naming the field; Persian digits and Jalali dates are read. */
@QuarkusTest
class JsonBodyTest {

    private static final String VALID = """
            {"name":"Zahra","amount":900,"count":1,"reference":"r-1","grantedOn":"2024-03-20",
             "parties":[{"organizationId":"0a000000-0000-4000-8000-000000000005","role":"lead"}]}""";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse post(String json, String language) {
        var request = given().contentType(ContentType.JSON).body(json);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().post("/test/echo").then();
    }

    private static ValidatableResponse invalidBody(String json, String field) {
        return post(json, null).statusCode(400)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("urn:hamyar:problem:invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("instance", equalTo("/test/echo"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void aValidBodyIsEchoedWithJalaliSiblings() {
        post(VALID, null).statusCode(200)
                .body("name", equalTo("Zahra"))
                .body("grantedOn", equalTo("2024-03-20"))
                .body("grantedOnJalali", equalTo("1403-01-01"))
                .body("parties[0].sinceJalali", equalTo(null));
    }

    @Test
    void numbersInPersianAndArabicIndicDigits() {
        post("""
                {"name":"a","count":"۳","reference":"r","amount":"۹۰۰","total":"٩٠٠٠","price":"۱۲۵۰٫۵"}""", null)
                .statusCode(200)
                .body("amount", equalTo(900))
                .body("total", equalTo(9000))
                .body("price", equalTo(1250.5f))
                .body("count", equalTo(3));
    }

    @Test
    void aJalaliDateInPersianDigitsIsRead() {
        post("""
                {"name":"a","count":1,"reference":"r","grantedOn":"۱۴۰۳/۰۱/۰۱"}""", null)
                .statusCode(200)
                .body("grantedOn", equalTo("2024-03-20"))
                .body("grantedOnJalali", equalTo("1403-01-01"));
    }

    @Test
    void anImpossibleDateNamesTheFieldAndSaysWhy() {
        invalidBody("""
                {"name":"a","count":1,"reference":"r","parties":[
                  {"organizationId":"0a000000-0000-4000-8000-000000000005","role":"a"},
                  {"organizationId":"0a000000-0000-4000-8000-000000000005","role":"b","since":"1404-12-30"}]}""",
                "parties[1].since")
                .body("errors[0].message", startsWith("is not a valid date: "))
                .body("errors[0].message", containsString("29 days"));
    }

    @Test
    void anOverflowingAmountIsRefused() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"amount\":99999999999}", "amount")
                .body("errors[0].message", equalTo("must be a whole number between -2147483648 and 2147483647"));
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"amount\":1.9}", "amount")
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void aFractionalLongNamesNoRangeOfTheType() {
        // A long is an amount in rials, whose real limit is its Bean Validation, not the type's.
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"total\":100.5}", "total")
                .body("errors[0].message", equalTo("must be a whole number"));
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"total\":\"1.5\"}", "total")
                .body("errors[0].message", equalTo("must be a whole number"));
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"total\":99999999999999999999}", "total")
                .body("errors[0].message", equalTo("is a number out of range"));
    }

    @Test
    void garbageDigitsAreRefusedInPersianToo() {
        post("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"total\":\"۱۲x\"}", "fa")
                .statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-body"))
                .body("title", equalTo("بدنهٔ درخواست نامعتبر است"))
                .body("errors[0].field", equalTo("total"))
                .body("errors[0].message", equalTo("باید عدد صحیح باشد"));
    }

    @Test
    void anUnknownPropertyIsNamed() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"parties\":[{\"role\":\"x\",\"isAdmin\":true}]}",
                "parties[0].isAdmin")
                .body("errors[0].message", startsWith("is not a known property; known properties: "))
                .body("errors[0].message", containsString("organizationId"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"kind\":\"CASH\"}", "kind")
                .body("errors[0].message", equalTo("must be one of: STIPEND, HOUSING, FOOD_BASKET"));
    }

    @Test
    void anEnumAsANumberIsRefused() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"kind\":0}", "kind");
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"householdId\":\"not-a-uuid\"}", "householdId")
                .body("errors[0].message", startsWith("must be a UUID"));
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"parties\":{\"role\":\"x\"}}", "parties")
                .body("errors[0].message", equalTo("must be a list"));
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"urgent\":\"maybe\"}", "urgent")
                .body("errors[0].message", equalTo("must be true or false"));
        invalidBody("[1,2]", "body")
                .body("errors[0].message", equalTo("must be an object"));
    }

    @Test
    void aMissingRequiredPropertyIsNamed() {
        invalidBody("{\"name\":\"a\",\"count\":1}", "reference")
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void aMissingOrNullPrimitiveIsNamed() {
        invalidBody("{\"name\":\"a\",\"reference\":\"r\",\"count\":null}", "count")
                .body("errors[0].message", equalTo("must not be null"));
        invalidBody("{\"name\":\"a\",\"reference\":\"r\"}", "count")
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void aRecordRefusingItsValuesNamesTheField() {
        invalidBody("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"parties\":[{\"role\":\"observer\"}]}", "parties[0]")
                .body("errors[0].message", equalTo("was rejected: an observer is not a party"));
    }

    @Test
    void aDomainProblemFromARecordConstructorIsThatProblem() {
        post("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"parties\":[{\"role\":\"monitor\"}]}", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:monitor-not-allowed"))
                .body("title", equalTo("Monitor not allowed"));
    }

    @Test
    void malformedJsonIsA400WithWhereItBroke() {
        post("{\"name\":\"a\",\n \"count\": }", null).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:malformed-json"))
                .body("title", equalTo("Malformed JSON"))
                .body("detail", startsWith("The request body is not valid JSON: "))
                .body("line", equalTo(2))
                .body("column", notNullValue());
    }

    @Test
    void trailingContentAndDuplicateKeysAreMalformed() {
        post(VALID + " {\"more\":1}", null).statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:malformed-json"));
        post("{\"name\":\"a\",\"count\":1,\"reference\":\"r\",\"amount\":1,\"amount\":1000000}", null).statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:malformed-json"))
                .body("detail", containsString("amount"));
    }

    @Test
    void validationListsEveryViolatedFieldByItsJsonPath() {
        post("""
                {"name":" ","count":-1,"reference":"r","tags":["ok",""],
                 "parties":[{"organizationId":"0a000000-0000-4000-8000-000000000005","role":"lead"},
                            {"role":""}]}""", "en").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("title", equalTo("Validation failed"))
                .body("detail", equalTo("5 fields of the request are invalid."))
                .body("errors.field", containsInAnyOrder("name", "count", "tags[1]", "parties[1].organizationId",
                        "parties[1].role"))
                .body("errors.find { it.field == 'parties[1].organizationId' }.message", equalTo("must not be null"))
                .body("errors.find { it.field == 'name' }.message", equalTo("must not be blank"));
    }

    @Test
    void validationMessagesFollowAcceptLanguage() {
        post("{\"name\":\"\",\"count\":1,\"reference\":\"r\"}", "fa").statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("title", equalTo("درخواست نامعتبر است"))
                .body("detail", equalTo("۱ فیلد درخواست نامعتبر است."))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("مقدار نباید خالی باشد"));
    }

    @Test
    void validationInsideAServiceIsA400Too() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"count\":1,\"reference\":\"r\",\"parties\":[{\"role\":\"x\"}]}")
                .when().post("/test/service-echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("name", "parties[0].organizationId"));
    }

    @Test
    void anEmptyBodyIsAValidationFailure() {
        given().contentType(ContentType.JSON)
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors[0].field", equalTo("echo"));
    }

    @Test
    void queryParametersFollowTheSameConventions() {
        given().queryParam("from", "۱۴۰۳/۰۱/۰۱").queryParam("n", "۴۲").queryParam("big", "٩٠٠٠٠٠٠٠٠٠٠")
                .queryParam("amount", "۱۲٫۵")
                .when().get("/test/query")
                .then().statusCode(200)
                .body("from", equalTo("2024-03-20"))
                .body("n", equalTo("42"))
                .body("big", equalTo("90000000000"))
                .body("amount", equalTo("12.5"));
    }

    @Test
    void aBadQueryParameterIsA400NamingIt() {
        given().queryParam("n", "many")
                .when().get("/test/query")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("n"))
                .body("errors[0].message", equalTo("must be a whole number"));
        given().queryParam("n", "3000000000")
                .when().get("/test/query")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("n"))
                .body("errors[0].message", equalTo("must be a whole number between -2147483648 and 2147483647"));
        given().queryParam("from", "1403-13-01")
                .when().get("/test/query")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", startsWith("is not a valid date: "));
    }
}
