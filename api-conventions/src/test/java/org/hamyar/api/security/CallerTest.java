package org.hamyar.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

/** The caller from the token's claims, and 401/403 as problems. */
@QuarkusTest
class CallerTest {

    static final String QAZVIN_RELIEF = "0a000000-0000-4000-8000-000000000005";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.qazvin-relief", roles = Roles.OFFICER)
    @OidcSecurity(claims = {
            @Claim(key = "org", value = QAZVIN_RELIEF),
            @Claim(key = "preferred_username", value = "officer.qazvin-relief")})
    void theCallerComesFromTheTokenClaims() {
        given().when().get("/test/secured")
                .then().statusCode(200)
                .body("username", equalTo("officer.qazvin-relief"))
                .body("organizationId", equalTo(QAZVIN_RELIEF))
                .body("roles", containsInAnyOrder(Roles.OFFICER))
                .body("officer", equalTo(true))
                .body("admin", equalTo(false))
                .body("auditor", equalTo(false));
    }

    @Test
    void anAnonymousCallerGets401WithABearerChallenge() {
        given().header("X-Request-Id", "req-anonymous")
                .when().get("/test/secured")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", "req-anonymous")
                .body("type", equalTo("urn:hamyar:problem:unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("requestId", equalTo("req-anonymous"));
    }

    @Test
    void aForgedTokenIsRejectedByTheAuthenticationLayerAsAProblem() {
        // proactive authentication verifies the token before any resource runs
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.bm90LWEtc2lnbmF0dXJl")
                .header("X-Request-Id", "req-forged").header("Accept-Language", "fa")
                .when().get("/test/secured")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", "req-forged")
                .body("type", equalTo("urn:hamyar:problem:unauthorized"))
                .body("title", equalTo("احراز هویت نشده"))
                .body("instance", equalTo("/test/secured"))
                .body("requestId", equalTo("req-forged"));
    }

    @Test
    @TestSecurity(user = "donor.reza", roles = Roles.DONOR)
    @OidcSecurity(claims = @Claim(key = "org", value = "0a000000-0000-4000-8000-000000000004"))
    void aCallerWithoutTheRoleGets403() {
        given().when().get("/test/secured")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("urn:hamyar:problem:forbidden"))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    @TestSecurity(user = "officer.nowhere", roles = Roles.OFFICER)
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "officer.nowhere"))
    void aTokenWithoutOrganisationGets403NoOrganization() {
        given().when().get("/test/organization")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:no-organization"))
                .body("title", equalTo("No organisation"))
                .body("detail", startsWith("Your access token names no organisation"));
    }

    @Test
    @TestSecurity(user = "officer.garbled", roles = Roles.OFFICER)
    @OidcSecurity(claims = @Claim(key = "org", value = "1-1-1-1-1"))
    void anOrganisationThatIsNotAUuidIsNoOrganisation() {
        given().header("Accept-Language", "fa")
                .when().get("/test/organization")
                .then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:no-organization"))
                .body("title", equalTo("سازمان مشخص نیست"));
    }
}
