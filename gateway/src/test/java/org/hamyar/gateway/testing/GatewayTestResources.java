package org.hamyar.gateway.testing;

import org.hamyar.infrastructure.testing.KeycloakTestResource;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * What every {@code @QuarkusTest} of the gateway runs against, registered once so the application
 * starts once per profile: a real Keycloak with the realm {@code hamyar} (the tokens the gateway
 * verifies) and three stub services on free ports standing in for agreements, beneficiaries and
 * donors.
 *
 * <p>{@code @QuarkusTestResource} rather than {@code @WithTestResource(scope = GLOBAL)}: in Quarkus
 * 3.34 the latter loads the resource class with the wrong class loader.
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(StubServices.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
