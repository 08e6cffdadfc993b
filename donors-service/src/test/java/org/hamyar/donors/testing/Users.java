package org.hamyar.donors.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as the realm's demo users, with real access tokens (roles and the org claim as Keycloak issues them). */
public final class Users {

    private Users() {
    }

    public static String token(String username) {
        return KeycloakTestResource.keycloak().token(username, DemoUsers.PASSWORD);
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(token(username)).contentType(ContentType.JSON);
    }

    /** A JSON body the way a client writes it. */
    public static Map<String, Object> allocation(UUID fund, long rials, String aid, String beneficiary, String province,
                                                 UUID provider) {
        return Map.of("fundId", fund.toString(), "amountRials", rials, "aidCategory", aid,
                "beneficiaryCategory", beneficiary, "provinceCode", province, "providerOrganizationId", provider.toString());
    }

    /**
     * Registers a new donor of the national assembly (as its coordinator) with a fresh, valid
     * national code, so that a test's gifts change no other test's statement; returns its id.
     */
    public static String newDonor() {
        return as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body(Map.of("kind", "PERSON", "identifier", freshNationalCode(),
                        "details", Map.of("nameFa", "خیر آزمون", "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(),
                                "assemblyLevel", "NATIONAL")))
                .post("/api/donors").then().statusCode(201).extract().path("id");
    }

    /** Nine random digits and their check digit (docs/domain.md): valid, and almost surely unused. */
    private static String freshNationalCode() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("1");
        for (int i = 1; i < 9; i++) {
            code.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return code.append(remainder < 2 ? remainder : 11 - remainder).toString();
    }
}
