package org.hamyar.agreements;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.agreements.testing.Users.AUDITOR;
import static org.hamyar.agreements.testing.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Query parameters are typed and read by the shared converters: enum constants in any letter case
 * (a hyphen for the underscore), province codes in any digit script or as IR-nn, UUIDs and dates in
 * either calendar. A value that cannot be read is 400 {@code invalid-parameter} naming every bad
 * parameter of the request at once.
 */
@QuarkusTest
class TypedParametersTest {

    private static final String INVALID_PARAMETER = "urn:hamyar:problem:invalid-parameter";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyBadParameterOfARequestIsNamedInOne400() {
        as(AUDITOR).queryParam("status", "WHATEVER").queryParam("party", "not-a-uuid").queryParam("province", "99")
                .queryParam("aidCategory", "GOLD").get("/api/agreements")
                .then().statusCode(400)
                .body("type", equalTo(INVALID_PARAMETER))
                .body("errors.field", containsInAnyOrder("status", "party", "province", "aidCategory"));
        as(AUDITOR).queryParam("type", "CHARITY").queryParam("level", "CITY").queryParam("province", "IR-99")
                .queryParam("parent", "12").get("/api/organizations")
                .then().statusCode(400)
                .body("type", equalTo(INVALID_PARAMETER))
                .body("errors.field", containsInAnyOrder("type", "level", "province", "parent"));
        as(AUDITOR).queryParam("from", "1405-13-01").queryParam("province", "۹۹").queryParam("organization", "x")
                .queryParam("format", "pdf").get("/api/calendar")
                .then().statusCode(400)
                .body("type", equalTo(INVALID_PARAMETER))
                .body("errors.field", containsInAnyOrder("from", "province", "organization", "format"));
    }

    @Test
    void goodValuesAreReadInAnyLetterCaseAndDigitScript() {
        as(AUDITOR).queryParam("status", "active").queryParam("province", "IR-26").queryParam("aidCategory", "food-basket")
                .get("/api/agreements")
                .then().statusCode(200);
        as(AUDITOR).queryParam("type", "relief-committee").queryParam("level", "Province").queryParam("province", "۲۶")
                .get("/api/organizations")
                .then().statusCode(200);
        as(AUDITOR).queryParam("from", "۱۴۰۵-۰۱-۰۱").queryParam("format", "ICS").get("/api/calendar")
                .then().statusCode(200).contentType(containsString("text/calendar"));
    }

    @Test
    void aPageNumberWhoseOffsetPassesTheIntLimitIsAnEmptyPage() {
        // 107,374,183 × 20 = 2,147,483,660: one page past what an int offset holds (it was a 500)
        for (String list : new String[] {"/api/organizations", "/api/agreements"}) {
            as(AUDITOR).queryParam("page", 107_374_183).queryParam("size", 20).get(list)
                    .then().statusCode(200)
                    .body("items", empty())
                    .body("page", equalTo(107_374_183));
            as(AUDITOR).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get(list)
                    .then().statusCode(200)
                    .body("items", empty());
        }
    }
}
