package org.hamyar.agreements.agreement.rest;

import java.util.List;

import org.hamyar.agreements.agreement.AgreementSnapshot;
import org.hamyar.agreements.agreement.AgreementVersion;
import org.hamyar.agreements.agreement.AmendmentProposal;
import org.hamyar.agreements.agreement.Party;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.VersionedTerms;
import org.hamyar.agreements.agreement.mapping.TermsJson;
import org.hamyar.agreements.agreement.service.AmendmentService;

/** The services' agreements to the API's records; entities never go on the wire. */
public final class AgreementMapper {

    private AgreementMapper() {
    }

    public static AgreementView view(AgreementSnapshot agreement) {
        TermsBody terms = TermsMapper.toBody(agreement.terms());
        AgreementView.Termination termination = agreement.terminationOn() == null ? null
                : new AgreementView.Termination(agreement.terminationReason(), agreement.terminationOn(),
                agreement.terminatedAt());
        return new AgreementView(agreement.id(), agreement.status(), agreement.version(), terms.title(),
                parties(agreement), terms.scope(), terms.effectiveFrom(), terms.effectiveTo(), terms.objectives(),
                terms.commitments(), terms.committee(), terms.monitoringOrganizationId(), terms.coordination(),
                terms.calendar(), agreement.createdByOrganizationId(), agreement.createdAt(), agreement.updatedAt(),
                agreement.signedOn(), agreement.signedAt(), agreement.activatedAt(), termination, agreement.expiredOn(),
                agreement.lockVersion());
    }

    public static AgreementSummary summary(AgreementSnapshot agreement) {
        Terms terms = agreement.terms();
        return new AgreementSummary(agreement.id(), agreement.status(), agreement.version(), terms.title(),
                parties(agreement), terms.effectiveFrom(), terms.effectiveTo(), terms.scope().provinces(),
                terms.scope().aidCategories().stream().map(Enum::name).toList(), agreement.lockVersion());
    }

    /** A version in the list of versions: without its text. */
    public static VersionView version(AgreementVersion version) {
        return new VersionView(version.agreementId(), version.version(), version.reason(),
                version.recordedByOrganizationId(), version.recordedAt(), null);
    }

    public static VersionView version(VersionedTerms text) {
        AgreementVersion version = text.version();
        return new VersionView(version.agreementId(), version.version(), version.reason(),
                version.recordedByOrganizationId(), version.recordedAt(), TermsMapper.toBody(text.terms()));
    }

    /** A proposed amendment; {@code withText} adds its whole text. */
    public static AmendmentView amendment(AmendmentService.Proposal proposal, boolean withText) {
        AmendmentProposal p = proposal.proposal();
        return new AmendmentView(p.agreementId(), p.number(), p.baseVersion(), p.status(), p.reason(),
                p.proposedByOrganizationId(), p.proposedAt(),
                proposal.signatures().stream().map(s -> new AmendmentView.SignatureView(s.organizationId(), s.signatoryName(),
                        s.signatoryTitle(), s.signedOn(), s.signedAt())).toList(),
                proposal.awaiting(), p.closedByOrganizationId(), p.closedAt(), p.adoptedVersion(),
                withText ? TermsMapper.toBody(TermsJson.read(p.termsJson())) : null);
    }

    private static List<AgreementView.PartyView> parties(AgreementSnapshot agreement) {
        return agreement.parties().stream().map(AgreementMapper::party).toList();
    }

    private static AgreementView.PartyView party(Party party) {
        return new AgreementView.PartyView(party.organizationId(), party.role(), party.assessesNgos(), party.hasSigned(),
                party.signatoryName(),
                party.signatoryTitle(), party.signedOn(), party.signedAt());
    }
}
