package org.hamyar.beneficiaries.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** {@code hamyar.beneficiaries.*}: settings of this service (docs/architecture.md lists the variables). */
@ConfigMapping(prefix = "hamyar.beneficiaries")
public interface BeneficiariesConfig {

    /**
     * The network's HMAC secret for person hashes ({@code PERSON_HASH_SECRET}). Every system that
     * compares hashes must use the same secret; changing it changes every hash. Only the dev and test
     * profiles have a (local-demo) value; without one the service does not start ({@link PersonHashing}).
     */
    Optional<String> personHashSecret();
}
