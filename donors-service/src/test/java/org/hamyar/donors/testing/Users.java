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
}
