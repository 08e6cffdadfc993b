package org.hamyar.donors.money;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamyar.donors.testing.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

import org.hamyar.donors.demo.DemoData;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page number whose offset (page × size) passes what an int holds is a page past the end of
 * every list: 200 with no items and the list's total, never a 500 (the lists used to hand the
 * overflowed, negative offset to JPA).
 */
@QuarkusTest
class DeepPageTest {

    @Inject
    DemoData demo;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void loadDemoData() {
        demo.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/donors", "/api/funds", "/api/endowments", "/api/allocations",
            "/api/allocations/granted-aid", "/api/donations?fund=" + "FUND"})
    void aPageNumberNearTwoToThe31OverSizeIsAnEmptyPage(String list) {
        String path = list.replace("FUND", DemoData.FUND_CRISIS.toString());
        // 107,374,183 × 20 = 2,147,483,660: one past the int limit
        as(DemoUsers.ADMIN).queryParam("page", 107_374_183).queryParam("size", 20).get(path)
                .then().statusCode(200)
                .body("items", empty())
                .body("page", equalTo(107_374_183));
        as(DemoUsers.ADMIN).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get(path)
                .then().statusCode(200)
                .body("items", empty());
        // the first page still reads the list
        if (!path.contains("granted-aid")) {
            as(DemoUsers.ADMIN).queryParam("size", 1).get(path).then().statusCode(200).body("total", greaterThan(0));
        }
    }
}
