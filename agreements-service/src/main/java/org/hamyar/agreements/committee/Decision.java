package org.hamyar.agreements.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision of the joint committee, such as approving a guideline (seed 003). */
@Entity
@Table(name = "committee_decision")
public class Decision {

    /** What a decision is. */
    public enum Kind {
        GUIDELINE, PLAN, APPOINTMENT, OTHER
    }

    @Id
    private UUID id;
    private UUID agreementId;
    private String subject;
    private String text;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate decidedOn;
    private UUID recordedByOrganizationId;
    private String recordedBy;
    private Instant recordedAt;

    protected Decision() {
    }

    public Decision(UUID agreementId, String subject, String text, Kind kind, LocalDate decidedOn,
                    UUID recordedByOrganizationId, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.agreementId = agreementId;
        this.subject = subject;
        this.text = text;
        this.kind = kind;
        this.decidedOn = decidedOn;
        this.recordedByOrganizationId = recordedByOrganizationId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public UUID recordedByOrganizationId() {
        return recordedByOrganizationId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
