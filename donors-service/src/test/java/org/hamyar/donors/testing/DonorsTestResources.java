package org.hamyar.donors.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;

/**
 * The real infrastructure of every {@code @QuarkusTest} of this module, registered once: the
 * PostgreSQL database {@code donors_test} (emptied at each start by the %test profile), a Kafka
 * broker and Keycloak with the realm {@code hamyar}, each a child process started on a free port.
 * One set for all classes means the application starts once per test run.
 *
 * <p>{@code @QuarkusTestResource} (applying to every test class of the module by default) rather
 * than {@code @WithTestResource(scope = GLOBAL)}: in Quarkus 3.34 the latter loads the resource
 * class with the wrong class loader (ClassCastException at start).
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE, value = "donors_test"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
public final class DonorsTestResources {

    private DonorsTestResources() {
    }
}
