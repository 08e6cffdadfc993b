package org.hamyar.agreements.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.repository.AgreementRepository;
import org.hamyar.agreements.organization.Entrustments;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.standards.PersianText;

/**
 * The entrustments the agreements give: a party with {@code assessesNgos} in an ACTIVE agreement
 * assesses the NGOs its scope covers — its provinces (none: the whole country) and counties (none:
 * every county of those provinces), compared in normalised Persian.
 */
@ApplicationScoped
public class AgreementEntrustments implements Entrustments {

    private final AgreementRepository agreements;

    AgreementEntrustments(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Override
    public boolean entrustedToAssess(UUID assessor, Organization ngo) {
        return agreements.entrustingAssessment(assessor).stream().anyMatch(agreement -> covers(agreement, ngo));
    }

    private static boolean covers(Agreement agreement, Organization ngo) {
        boolean province = agreement.provinces().isEmpty() || agreement.provinces().contains(ngo.provinceCode());
        boolean county = agreement.counties().isEmpty() || (ngo.county() != null && agreement.counties().stream()
                .anyMatch(c -> PersianText.normalize(c).equals(PersianText.normalize(ngo.county()))));
        return province && county;
    }
}
