package org.hamyar.api.testapp;

import org.hamyar.infrastructure.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the database persistence_test on the local PostgreSQL. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE, value = "persistence_test"))
public final class PersistenceTestDatabase {

    private PersistenceTestDatabase() {
    }
}
