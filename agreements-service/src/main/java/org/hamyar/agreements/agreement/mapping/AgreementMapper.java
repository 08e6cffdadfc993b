package org.hamyar.agreements.agreement.mapping;

import java.util.List;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.Party;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.rest.AgreementSummary;
import org.hamyar.agreements.agreement.rest.AgreementView;

/** Agreements to API records; entities never go on the wire. */
public final class AgreementMapper {

    private AgreementMapper() {
    }

    public static AgreementView view(Agreement agreement) {
        Terms terms = agreement.terms();
        AgreementView.Termination termination = agreement.terminationOn() == null ? null
                : new AgreementView.Termination(agreement.terminationReason(), agreement.terminationOn(),
                agreement.terminatedAt());
        return new AgreementView(agreement.id(), agreement.status(), agreement.version(), terms.title(),
                parties(agreement), terms.scope(), terms.effectiveFrom(), terms.effectiveTo(), terms.objectives(),
                terms.commitments(), terms.committee(), terms.monitoringOrganizationId(), terms.coordination(),
                terms.calendar(), agreement.createdByOrganizationId(), agreement.createdAt(), agreement.updatedAt(),
                agreement.signedOn(), agreement.signedAt(), agreement.activatedAt(), termination, agreement.expiredOn(), agreement.lockVersion());
    }

    public static AgreementSummary summary(Agreement agreement) {
        return new AgreementSummary(agreement.id(), agreement.status(), agreement.version(), agreement.title(),
                parties(agreement), agreement.effectiveFrom(), agreement.effectiveTo(), List.copyOf(agreement.provinces()),
                List.copyOf(agreement.aidCategories()), agreement.lockVersion());
    }

    private static List<AgreementView.PartyView> parties(Agreement agreement) {
        return agreement.parties().stream().map(AgreementMapper::party).toList();
    }

    private static AgreementView.PartyView party(Party party) {
        return new AgreementView.PartyView(party.organizationId(), party.role(), party.hasSigned(), party.signatoryName(),
                party.signatoryTitle(), party.signedOn(), party.signedAt());
    }
}
