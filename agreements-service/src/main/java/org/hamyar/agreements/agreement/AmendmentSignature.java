package org.hamyar.agreements.agreement;

import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One party's signature of a proposed amendment. The proposer's is given with the proposal; the
 * signatory's name and title are those the party gave (the proposer may leave them out, and then
 * the signature is the coordinator's who recorded it).
 */
@Embeddable
public class AmendmentSignature {

    private UUID organizationId;
    private String signatoryName;
    private String signatoryTitle;
    private LocalDate signedOn;
    private String signedBy;
    private Instant signedAt;

    protected AmendmentSignature() {
    }

    AmendmentSignature(UUID organizationId, String signatoryName, String signatoryTitle, LocalDate signedOn,
                       String signedBy, Instant signedAt) {
        this.organizationId = organizationId;
        this.signatoryName = signatoryName;
        this.signatoryTitle = signatoryTitle;
        this.signedOn = signedOn;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String signatoryName() {
        return signatoryName;
    }

    public String signatoryTitle() {
        return signatoryTitle;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String signedBy() {
        return signedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
