package org.hamyar.agreements.agreement;

import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A party to an agreement, with its signature once its coordinator signed. */
@Embeddable
public class Party {

    private UUID organizationId;
    private String role;
    private boolean assessesNgos;
    private String signatoryName;
    private String signatoryTitle;
    private LocalDate signedOn;
    private Instant signedAt;
    private String signedBy;

    protected Party() {
    }

    Party(UUID organizationId, String role, boolean assessesNgos) {
        this.organizationId = organizationId;
        this.role = role;
        this.assessesNgos = assessesNgos;
    }

    void sign(String name, String title, LocalDate on, String username, Instant at) {
        signatoryName = name;
        signatoryTitle = title;
        signedOn = on;
        signedBy = username;
        signedAt = at;
    }

    void role(String role, boolean assessesNgos) {
        this.role = role;
        this.assessesNgos = assessesNgos;
    }

    /** Whether the agreement entrusts this party with assessing the NGOs in its scope. */
    public boolean assessesNgos() {
        return assessesNgos;
    }

    public boolean hasSigned() {
        return signedAt != null;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String role() {
        return role;
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

    public Instant signedAt() {
        return signedAt;
    }
}
