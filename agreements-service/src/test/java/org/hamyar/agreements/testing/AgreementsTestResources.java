package org.hamyar.agreements.testing;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;

/**
 * The real infrastructure of every {@code @QuarkusTest} of this module, registered once so that the
 * application starts once per run: the PostgreSQL database {@code agreements_test} (emptied at each
 * start by the %test profile), a Kafka broker and Keycloak with the realm {@code hamyar}, each a
 * child process on a free port.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE, value = "agreements_test"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
public final class AgreementsTestResources {

    private AgreementsTestResources() {
    }
}
