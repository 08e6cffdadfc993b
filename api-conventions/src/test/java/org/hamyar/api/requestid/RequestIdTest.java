package org.hamyar.api.requestid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** X-Request-Id on every response, in the MDC of the request's logs, and never taken blindly. */
@QuarkusTest
class RequestIdTest {

    @Test
    void aSaneRequestIdIsKeptAndLogged() {
        Response response = given().header("X-Request-Id", "mobile-7.42_a")
                .when().get("/test/mdc");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isEqualTo("mobile-7.42_a");
        // the MDC of the worker thread and the header the resource sees hold the same id
        assertThat(response.asString()).isEqualTo("mobile-7.42_a mobile-7.42_a");
    }

    @Test
    void anInsaneRequestIdIsReplacedEverywhere() {
        Response response = given().header("X-Request-Id", "x\" onload=alert(1)")
                .when().get("/test/mdc");

        assertThat(response.statusCode()).isEqualTo(200);
        String id = response.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(response.asString()).isEqualTo(id + " " + id);
    }

    @Test
    void withoutARequestIdEachRequestGetsItsOwn() {
        String first = given().when().get("/test/mdc").then().statusCode(200).extract().header("X-Request-Id");
        String second = given().when().get("/test/mdc").then().statusCode(200).extract().header("X-Request-Id");

        assertThat(first).isNotBlank().isNotEqualTo(second);
    }
}
