package org.hamyar.beneficiaries.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.hamyar.beneficiaries.person.PersonHasher;

import io.quarkus.runtime.Startup;

/** The service's one {@link PersonHasher}, made at start so that a missing secret stops the service at once. */
public class PersonHashing {

    @Produces
    @Singleton
    @Startup
    PersonHasher personHasher(BeneficiariesConfig config) {
        return new PersonHasher(config.personHashSecret().orElse(null));
    }
}
