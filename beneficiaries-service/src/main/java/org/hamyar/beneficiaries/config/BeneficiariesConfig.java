package org.hamyar.beneficiaries.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code hamyar.beneficiaries.*}: settings of this service (docs/architecture.md lists the variables). */
@ConfigMapping(prefix = "hamyar.beneficiaries")
public interface BeneficiariesConfig {

    /**
     * The network's HMAC secret for person hashes ({@code PERSON_HASH_SECRET}). Every system that
     * compares hashes must use the same secret; changing it changes every hash. Only the dev and test
     * profiles have a (local-demo) value; without one the service does not start ({@link PersonHashing}).
     */
    Optional<String> personHashSecret();

    /**
     * How long a replica answers overlap checks and grants from the agreements it read last
     * ({@code coordination.service.ActiveAgreements}); 0 reads them for every request. Changes this
     * replica's consumer applies take effect at once, those of other replicas within this time.
     */
    @WithDefault("2s")
    Duration agreementsCacheTtl();
}
