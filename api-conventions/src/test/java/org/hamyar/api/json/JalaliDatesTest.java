package org.hamyar.api.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every date in a response has its Jalali sibling, at any depth. */
@QuarkusTest
class JalaliDatesTest {

    @Test
    void datesAndDateTimesHaveJalaliSiblings() {
        given().when().get("/test/dates")
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .body("grantedOn", equalTo("2024-03-20"))
                .body("grantedOnJalali", equalTo("1403-01-01"))
                // an instant is shown in Iran's time zone
                .body("recordedAt", equalTo("2024-03-20T06:45:30Z"))
                .body("recordedAtJalali", equalTo("1403-01-01T10:15:30+03:30"))
                // an offset date-time keeps its offset, in ISO and in Jalali
                .body("signedAt", equalTo("2018-12-17T10:15:30+03:30"))
                .body("signedAtJalali", equalTo("1397-09-26T10:15:30+03:30"))
                .body("localAt", equalTo("2021-03-20T08:00:00"))
                .body("localAtJalali", equalTo("1399-12-30T08:00:00"))
                .body("due", nullValue())
                .body("dueJalali", nullValue())
                .body("nested.on", equalTo("2018-12-17"))
                .body("nested.onJalali", equalTo("1397-09-26"))
                .body("history[0].onJalali", equalTo("1399-12-30"))
                .body("history[1].onJalali", nullValue());
    }
}
