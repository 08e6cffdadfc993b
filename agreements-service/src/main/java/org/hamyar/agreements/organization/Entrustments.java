package org.hamyar.agreements.organization;

/**
 * Whether an organisation may grade an NGO: only one that an ACTIVE agreement entrusts with
 * assessing the NGOs of its scope (seed 003: Tehran's NGO headquarters). The agreements know it
 * ({@code agreement.service.AgreementEntrustments}); organisations ask through this, so that the
 * organisation package depends on no agreement.
 */
public interface Entrustments {

    /** Whether an ACTIVE agreement entrusts {@code assessor} with assessing NGOs and its scope covers {@code ngo}. */
    boolean entrustedToAssess(java.util.UUID assessor, Organization ngo);
}
