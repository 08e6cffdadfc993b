package org.hamyar.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Paging parameters and optimistic locking through ETag / If-Match, over HTTP. */
@QuarkusTest
class PagingAndVersionsTest {

    @Test
    void aPageWithDefaults() {
        given().when().get("/test/paged")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(45))
                .body("items", hasSize(20))
                .body("items[0]", equalTo("item-0"));
    }

    @Test
    void theLastPageInPersianDigits() {
        given().queryParam("page", "۲").queryParam("size", "۲۰")
                .when().get("/test/paged")
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("items", contains("item-40", "item-41", "item-42", "item-43", "item-44"));
    }

    @Test
    void badPagingNamesBothParameters() {
        given().queryParam("page", "-1").queryParam("size", "500").header("Accept-Language", "fa")
                .when().get("/test/paged")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("title", equalTo("پارامتر نامعتبر"))
                .body("errors.field", containsInAnyOrder("page", "size"))
                .body("errors.find { it.field == 'size' }.message", equalTo("باید بین ۱ و ۲۰۰ باشد"));
        given().queryParam("size", "0")
                .when().get("/test/paged")
                .then().statusCode(400)
                .body("errors.field", contains("size"))
                .body("errors[0].message", equalTo("must be between 1 and 200"));
    }

    @Test
    void theCurrentVersionUpdatesAndGetsTheNextETag() {
        given().contentType(ContentType.JSON).body("{}").header("If-Match", "\"5\"")
                .when().put("/test/versioned")
                .then().statusCode(200)
                .header("ETag", "\"6\"")
                .body("version", equalTo(6));
        given().contentType(ContentType.JSON).body("{}").header("If-Match", "W/\"5\"")
                .when().put("/test/versioned")
                .then().statusCode(200);
    }

    @Test
    void aStaleVersionIs412WithTheCurrentETag() {
        given().contentType(ContentType.JSON).body("{}").header("If-Match", "\"4\"")
                .when().put("/test/versioned")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"5\"")
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:hamyar:problem:stale-version"))
                .body("detail", equalTo("The resource has changed since you read it; its current ETag is \"5\"."))
                .body("currentEtag", equalTo("\"5\""));
        given().contentType(ContentType.JSON).body("{}").header("If-Match", "five")
                .when().put("/test/versioned")
                .then().statusCode(412)
                .body("type", equalTo("urn:hamyar:problem:stale-version"));
    }

    @Test
    void anUpdateWithoutIfMatchIs428() {
        given().contentType(ContentType.JSON).body("{}").header("Accept-Language", "fa")
                .when().put("/test/versioned")
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:if-match-required"))
                .body("title", equalTo("سرآیند If-Match لازم است"));
    }
}
