package org.hamyar.beneficiaries.security;

import org.hamyar.api.testing.IdentityProviderOutageContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Keycloak away: 503 where a token cannot be checked, 401 for a bad one (the contract says how). */
@QuarkusTest
@TestProfile(IdentityProviderOutageContract.KeycloakDownAtStart.class)
class IdentityProviderOutageTest extends IdentityProviderOutageContract {

    IdentityProviderOutageTest() {
        super("/api/persons");
    }
}
