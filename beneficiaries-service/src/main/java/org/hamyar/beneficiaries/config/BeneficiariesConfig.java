package org.hamyar.beneficiaries.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code hamyar.beneficiaries.*}: settings of this service (docs/architecture.md lists the variables). */
@ConfigMapping(prefix = "hamyar.beneficiaries")
public interface BeneficiariesConfig {

    /**
     * The network's HMAC secret for person hashes ({@code PERSON_HASH_SECRET}). Every system that
     * compares hashes must use the same secret; changing it changes every hash.
     */
    String personHashSecret();

    /** Load the demo households at start ({@code DEMO_DATA}); idempotent. */
    @WithDefault("false")
    boolean demoData();
}
