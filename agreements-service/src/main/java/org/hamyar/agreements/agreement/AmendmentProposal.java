package org.hamyar.agreements.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A new text of a signed agreement that one party proposed. It binds nobody until every party has
 * signed it: then it is adopted as the next {@link AgreementVersion} and the agreement takes its
 * terms. Until then the version in force stays in force, so no party widens data sharing or
 * loosens a coordination rule alone. One proposal is open per agreement at a time.
 */
@Entity
@Table(name = "amendment_proposal")
public class AmendmentProposal {

    @Id
    private UUID id;
    private UUID agreementId;
    private int number;
    private int baseVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    private String terms;
    private String reason;
    @Enumerated(EnumType.STRING)
    private AmendmentStatus status;
    private UUID proposedByOrganizationId;
    private String proposedBy;
    private Instant proposedAt;
    private UUID closedByOrganizationId;
    private String closedBy;
    private Instant closedAt;
    private Integer adoptedVersion;

    @ElementCollection
    @CollectionTable(name = "amendment_signature", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("signedAt")
    private List<AmendmentSignature> signatures = new ArrayList<>();

    protected AmendmentProposal() {
    }

    /** A proposal, signed by its proposer's party. {@code termsJson} is the text as TermsJson stores it. */
    public static AmendmentProposal propose(UUID agreementId, int number, int baseVersion, String termsJson, String reason,
                                            Signer proposer, Instant now) {
        var proposal = new AmendmentProposal();
        proposal.id = UUID.randomUUID();
        proposal.agreementId = agreementId;
        proposal.number = number;
        proposal.baseVersion = baseVersion;
        proposal.terms = termsJson;
        proposal.reason = reason;
        proposal.status = AmendmentStatus.PROPOSED;
        proposal.proposedByOrganizationId = proposer.organization();
        proposal.proposedBy = proposer.username();
        proposal.proposedAt = now;
        proposal.sign(proposer, now);
        return proposal;
    }

    /** Who signs for a party: the organisation, the signatory on the paper (optional for the proposer), the user. */
    public record Signer(UUID organization, String signatoryName, String signatoryTitle, LocalDate signedOn,
                         String username) {
    }

    public void sign(Signer signer, Instant now) {
        signatures.add(new AmendmentSignature(signer.organization(), signer.signatoryName(), signer.signatoryTitle(),
                signer.signedOn(), signer.username(), now));
    }

    public boolean signedBy(UUID organization) {
        return signatures.stream().anyMatch(s -> s.organizationId().equals(organization));
    }

    /** Whether every one of these parties has signed. */
    public boolean signedByAll(Collection<UUID> parties) {
        return parties.stream().allMatch(this::signedBy);
    }

    /** The parties still to sign, in the order given. */
    public List<UUID> awaiting(Collection<UUID> parties) {
        return status == AmendmentStatus.PROPOSED ? parties.stream().filter(p -> !signedBy(p)).toList() : List.of();
    }

    public void adopt(int version, UUID organization, String username, Instant now) {
        adoptedVersion = version;
        close(AmendmentStatus.ADOPTED, organization, username, now);
    }

    /** Withdrawn by its proposer, declined by another party, or lapsed with the agreement's end. */
    public void close(AmendmentStatus outcome, UUID organization, String username, Instant now) {
        status = outcome;
        closedByOrganizationId = organization;
        closedBy = username;
        closedAt = now;
    }

    public boolean isOpen() {
        return status == AmendmentStatus.PROPOSED;
    }

    public UUID id() {
        return id;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public int number() {
        return number;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public String termsJson() {
        return terms;
    }

    public String reason() {
        return reason;
    }

    public AmendmentStatus status() {
        return status;
    }

    public UUID proposedByOrganizationId() {
        return proposedByOrganizationId;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public UUID closedByOrganizationId() {
        return closedByOrganizationId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Integer adoptedVersion() {
        return adoptedVersion;
    }

    public List<AmendmentSignature> signatures() {
        return List.copyOf(signatures);
    }
}
